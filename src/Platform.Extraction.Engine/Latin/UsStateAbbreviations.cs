using System.Collections.Frozen;

namespace Platform.Extraction.Engine.Latin;

/// <summary>The abbreviations news datelines give U.S. states ("WILMINGTON, Del."), without their full stop, and the states they stand for.</summary>
internal static class UsStateAbbreviations
{
    public static FrozenDictionary<string, string> States { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["Ala"] = "Alabama", ["Ariz"] = "Arizona", ["Ark"] = "Arkansas", ["Calif"] = "California", ["Colo"] = "Colorado",
        ["Conn"] = "Connecticut", ["Del"] = "Delaware", ["Fla"] = "Florida", ["Ga"] = "Georgia", ["Ill"] = "Illinois",
        ["Ind"] = "Indiana", ["Kan"] = "Kansas", ["Ky"] = "Kentucky", ["La"] = "Louisiana", ["Md"] = "Maryland",
        ["Mass"] = "Massachusetts", ["Mich"] = "Michigan", ["Minn"] = "Minnesota", ["Miss"] = "Mississippi", ["Mo"] = "Missouri",
        ["Mont"] = "Montana", ["Neb"] = "Nebraska", ["Nev"] = "Nevada", ["Okla"] = "Oklahoma", ["Ore"] = "Oregon",
        ["Pa"] = "Pennsylvania", ["Tenn"] = "Tennessee", ["Tex"] = "Texas", ["Vt"] = "Vermont", ["Va"] = "Virginia",
        ["Wash"] = "Washington", ["Wis"] = "Wisconsin", ["Wyo"] = "Wyoming",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>The state an abbreviation with its full stop ("Del.") stands for, or null.</summary>
    public static string? StateOf(string form) =>
        form.EndsWith('.') && States.TryGetValue(form[..^1], out var state) ? state : null;
}
