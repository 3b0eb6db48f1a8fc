using System.CommandLine;
using System.Globalization;
using Platform.Access.V1;
using Platform.Cli.Infrastructure;
using Platform.Cli.Output;
using Spectre.Console;

namespace Platform.Cli.Commands;

/// <summary><c>platform keys [list|create|revoke]</c>: the API keys clients send where the services require them.</summary>
internal static class KeysCommand
{
    public static Command Create(CliContext context)
    {
        var command = new Command("keys", "List, create and revoke API keys (needs an admin key where keys are required).");
        command.Subcommands.Add(List(context));
        command.Subcommands.Add(CreateKey(context));
        command.Subcommands.Add(Revoke(context));
        return command;
    }

    private static Command List(CliContext context)
    {
        var all = new Option<bool>("--all", "-a") { Description = "Revoked keys too." };
        var command = new Command("list", "The API keys: id, name, scope, who created them and when.") { all };
        command.SetAction((parseResult, cancellationToken) => context.RunAsync(parseResult, cancellationToken, async (session, ct) =>
        {
            var response = await session.Access.CallAsync(client =>
                client.ListApiKeysAsync(new ListApiKeysRequest { IncludeRevoked = parseResult.GetValue(all) }, cancellationToken: ct));
            if (session.Json)
            {
                JsonOutput.Write(session.Console, response);
                return ExitCodes.Success;
            }
            var table = new Table().Title("API keys").AddColumns("Id", "Name", "Scope", "Created", "Revoked");
            foreach (var key in response.ApiKeys)
            {
                table.AddRow(
                    key.Id.ToString(CultureInfo.InvariantCulture), TextCells.Plain(key.Name), key.Scope,
                    TextCells.Plain($"{key.CreatedAt.ToDateTimeOffset():yyyy-MM-dd HH:mm} by {key.CreatedBy}"),
                    key.RevokedAt is null ? "" : TextCells.Plain($"{key.RevokedAt.ToDateTimeOffset():yyyy-MM-dd HH:mm} by {key.RevokedBy}"));
            }
            session.Console.Out.Write(table);
            return ExitCodes.Success;
        }));
        return command;
    }

    private static Command CreateKey(CliContext context)
    {
        var name = new Option<string>("--name", "-n") { Description = "Who or what will use the key (\"nightly ingest\").", Required = true };
        var scope = new Option<string>("--scope", "-s")
        {
            Description = "read (look-ups, search, watches), write (and ingest, delete, corrections) or admin (and keys).",
            DefaultValueFactory = _ => "read",
        };
        scope.AcceptOnlyFromAmong("read", "write", "admin");
        var command = new Command("create", "Create an API key and print it (once: only its hash is stored).") { name, scope };
        command.SetAction((parseResult, cancellationToken) => context.RunAsync(parseResult, cancellationToken, async (session, ct) =>
        {
            var response = await session.Access.CallAsync(client => client.CreateApiKeyAsync(new CreateApiKeyRequest
            {
                Name = parseResult.GetRequiredValue(name),
                Scope = parseResult.GetRequiredValue(scope),
                Actor = Environment.UserName,
            }, cancellationToken: ct));
            if (session.Json)
            {
                JsonOutput.Write(session.Console, response);
                return ExitCodes.Success;
            }
            session.Console.Out.MarkupLineInterpolated(
                $"Created API key {response.ApiKey.Id} '{response.ApiKey.Name}' with the {response.ApiKey.Scope} scope. The key (shown only now):");
            session.Console.RawOut.WriteLine(response.Key);
            session.Console.Out.MarkupLineInterpolated(
                $"Use it with --api-key or ${GlobalOptions.ApiKeyEnvironmentVariable}, or send 'authorization: Bearer <key>'.");
            return ExitCodes.Success;
        }));
        return command;
    }

    private static Command Revoke(CliContext context)
    {
        var id = new Argument<long>("id") { Description = "The key's id, as 'platform keys list' shows it." };
        var command = new Command("revoke", "Revoke an API key: every service refuses it within 30 seconds.") { id };
        command.SetAction((parseResult, cancellationToken) => context.RunAsync(parseResult, cancellationToken, async (session, ct) =>
        {
            var revoked = await session.Access.CallAsync(client => client.RevokeApiKeyAsync(
                new RevokeApiKeyRequest { Id = parseResult.GetRequiredValue(id), Actor = Environment.UserName }, cancellationToken: ct));
            if (session.Json)
            {
                JsonOutput.Write(session.Console, revoked);
                return ExitCodes.Success;
            }
            session.Console.Out.MarkupLineInterpolated(
                $"Revoked API key {revoked.Id} '{revoked.Name}' ({revoked.RevokedAt.ToDateTimeOffset():yyyy-MM-dd HH:mm} by {revoked.RevokedBy}).");
            return ExitCodes.Success;
        }));
        return command;
    }
}
