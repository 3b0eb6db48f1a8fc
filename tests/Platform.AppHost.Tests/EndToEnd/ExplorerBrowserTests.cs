using Microsoft.Playwright;
using Platform.AppHost.Tests.Infrastructure;
using Xunit.Abstractions;

namespace Platform.AppHost.Tests.EndToEnd;

/// <summary>
/// The explorer as a person uses it, in Debian's chromium driven by Playwright: search 微软 in the box, open the
/// entity, follow a relation, open a document. A screenshot of each page is kept in <see cref="ScreenshotDirectory"/>.
/// </summary>
[Collection(PlatformAppCollection.Name)]
public sealed class ExplorerBrowserTests(PlatformAppFixture stack, ITestOutputHelper output) : IAsyncLifetime
{
    private const string Chromium = "/usr/bin/chromium";
    private static readonly float Timeout = 15_000;

    public static string ScreenshotDirectory { get; } = Path.Combine(AppContext.BaseDirectory, "explorer-screenshots");

    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public async Task InitializeAsync()
    {
        Assert.True(File.Exists(Chromium), $"{Chromium} is missing: eng/prerequisites.sh installs Debian's chromium.");
        _playwright = await Playwright.CreateAsync();
        // --no-sandbox: CI runs as root, where chromium's sandbox cannot start.
        _browser = await _playwright.Chromium.LaunchAsync(new() { ExecutablePath = Chromium, Headless = true, Args = ["--no-sandbox"] });
        Directory.CreateDirectory(ScreenshotDirectory);
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }
        _playwright?.Dispose();
    }

    [Fact]
    public async Task Search微软_OpenTheEntity_FollowARelation_OpenADocument()
    {
        var page = await _browser!.NewPageAsync(new() { ViewportSize = new() { Width = 1200, Height = 900 } });
        page.SetDefaultTimeout(Timeout);
        await page.GotoAsync(stack.FrontDoorAddress.ToString());
        var firstPaint = await page.EvaluateAsync<double>("performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? -1");
        output.WriteLine($"first contentful paint of / : {firstPaint:F0} ms");
        await Expect(page.Locator("h1")).ToHaveTextAsync("Entities in your documents");
        await ScreenshotAsync(page, "1-home");

        await page.Locator("#query").FillAsync("微软");
        var suggestion = page.Locator("#suggestions li").First;
        await Expect(suggestion).ToContainTextAsync("Microsoft");
        await page.Locator("#query").PressAsync("Enter");
        await Expect(page.Locator("h1")).ToContainTextAsync("Microsoft");
        await Expect(page.Locator("#relations + ul li").First).ToBeVisibleAsync();
        await Expect(page.Locator("svg.timeline rect").First).ToBeVisibleAsync();
        await Expect(page.Locator("svg.graph a circle.depth-1").First).ToBeVisibleAsync();
        Assert.True(await page.Locator("svg.graph line.stated").CountAsync() > 0);
        Assert.Empty(await OverlappingGraphLabelsAsync(page));
        // Microsoft / 微软 are linked by the knowledge base and across languages: the engine's reasons are listed.
        await Expect(page.Locator("#history + ul li").First).ToBeVisibleAsync();
        await ScreenshotAsync(page, "2-entity-microsoft");

        // Stated relations come first; follow the other entity of the first one.
        var relation = page.Locator("#relations + ul li").First.Locator("a[href^='#/entity/']").First;
        var other = (await relation.TextContentAsync())!;
        await relation.ClickAsync();
        await Expect(page.Locator("h1")).ToContainTextAsync(other);
        await ScreenshotAsync(page, "3-related-entity");

        // The document of the first mention holds that mention, by whatever name it is mentioned (萨提亚·纳德拉 for Satya Nadella).
        var firstMention = page.Locator("#mentions + ul li").First;
        var mentioned = (await firstMention.Locator("mark").First.TextContentAsync())!;
        await firstMention.Locator("a[href^='#/document/']").First.ClickAsync();
        await Expect(page.Locator(".document-text mark").First).ToBeVisibleAsync();
        Assert.Contains(mentioned, await page.Locator(".document-text").TextContentAsync() ?? "");
        await ScreenshotAsync(page, "4-document");
    }

    [Fact]
    public async Task Keyboard_ArrowsMoveThroughSuggestions_EnterOpensTheSelectedOne()
    {
        var page = await _browser!.NewPageAsync();
        page.SetDefaultTimeout(Timeout);
        await page.GotoAsync(stack.FrontDoorAddress.ToString());

        await page.Locator("#query").FocusAsync();
        await page.Keyboard.TypeAsync("micro");
        await Expect(page.Locator("#suggestions li").First).ToContainTextAsync("Micro");
        var count = await page.Locator("#suggestions li").CountAsync();
        await page.Keyboard.PressAsync("ArrowDown");
        var selected = page.Locator("#suggestions li[aria-selected='true']");
        var name = (await selected.Locator("span").First.TextContentAsync())!.Split(" (")[0];
        await page.Keyboard.PressAsync("Enter");

        Assert.True(count >= 1);
        await Expect(page.Locator("h1")).ToContainTextAsync(name);
    }

    [Fact]
    public async Task PathForm_AnotherEntitysChineseName_ShowsEachHopWithItsSentence()
    {
        var page = await _browser!.NewPageAsync(new() { ViewportSize = new() { Width = 1200, Height = 900 } });
        page.SetDefaultTimeout(Timeout);
        await page.GotoAsync($"{stack.FrontDoorAddress}#/entity/satya-nadella");

        await page.Locator("#path-to").FillAsync("微软");
        await page.GetByRole(AriaRole.Button, new() { Name = "Find the path" }).ClickAsync();

        await Expect(page.Locator("h1")).ToHaveTextAsync("Satya Nadella → Microsoft");
        await Expect(page.Locator("ol.path li").First.Locator("blockquote")).ToBeVisibleAsync();
        await ScreenshotAsync(page, "6-path");
    }

    [Fact]
    public async Task FollowNewMentions_ShowsADocumentIngestedAfterwards()
    {
        var page = await _browser!.NewPageAsync(new() { ViewportSize = new() { Width = 1200, Height = 900 } });
        page.SetDefaultTimeout(Timeout);
        await page.GotoAsync($"{stack.FrontDoorAddress}#/entity/openai");
        await page.GetByRole(AriaRole.Button, new() { Name = "Follow new mentions" }).ClickAsync();
        await Expect(page.Locator("#live + p")).ToContainTextAsync("Following");

        var title = $"Followed in the browser {Guid.NewGuid():N}";
        using var http = new HttpClient { BaseAddress = stack.FrontDoorAddress };
        using var posted = await http.PostAsync("/v1/documents", new StringContent(
            System.Text.Json.JsonSerializer.Serialize(new { content = $"OpenAI was seen live. {Guid.NewGuid()}", title }),
            System.Text.Encoding.UTF8, "application/json"));
        posted.EnsureSuccessStatusCode();

        // Documents other tests stored may be announced too: find this one by its title.
        var notice = page.Locator("#live ~ ul li", new() { HasText = title });
        await Expect(notice).ToBeVisibleAsync(new() { Timeout = 60_000 });
        await Expect(notice.Locator("mark")).ToHaveTextAsync("OpenAI");
        await ScreenshotAsync(page, "5-entity-followed");
    }

    /// <summary>Pairs of neighbourhood-graph labels whose boxes overlap on screen ("A / B"), and labels drawn outside the chart.</summary>
    private static Task<string[]> OverlappingGraphLabelsAsync(IPage page) => page.EvaluateAsync<string[]>("""
        () => {
          const svg = document.querySelector("svg.graph").getBoundingClientRect();
          const labels = [...document.querySelectorAll("svg.graph text")].map((t) => ({ text: t.textContent, box: t.getBoundingClientRect() }));
          const clash = (a, b) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
          const found = labels.filter((l) => l.box.left < svg.left || l.box.right > svg.right).map((l) => `${l.text} / edge`);
          labels.forEach((a, i) => labels.slice(i + 1).forEach((b) => { if (clash(a.box, b.box)) found.push(`${a.text} / ${b.text}`); }));
          return found;
        }
        """);

    private async Task ScreenshotAsync(IPage page, string name)
    {
        var path = Path.Combine(ScreenshotDirectory, $"{name}.png");
        await page.ScreenshotAsync(new() { Path = path, FullPage = true });
        output.WriteLine($"screenshot: {path}");
    }

    private static ILocatorAssertions Expect(ILocator locator) => Assertions.Expect(locator);
}
