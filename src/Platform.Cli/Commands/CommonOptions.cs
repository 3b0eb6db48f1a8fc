using System.CommandLine;
using Google.Protobuf.WellKnownTypes;
using Platform.Cli.Output;

namespace Platform.Cli.Commands;

internal static class CommonOptions
{
    public static Option<int> Limit(int defaultValue, string what)
    {
        var option = new Option<int>("--limit", "-n")
        {
            Description = $"How many {what} to show at most.",
            DefaultValueFactory = _ => defaultValue,
        };
        option.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() < 1)
            {
                result.AddError("--limit must be at least 1.");
            }
        });
        return option;
    }

    public static Option<string?> EntityType()
    {
        var option = new Option<string?>("--type", "-t")
        {
            Description = $"Only entities of this type: {string.Join("|", EntityTypeNames.All)}.",
            HelpName = "type",
        };
        option.AcceptOnlyFromAmong(EntityTypeNames.All);
        return option;
    }

    public static Argument<string> EntityName() => new("name")
    {
        Description = "Any name of the entity in any language, case- and width-insensitive (微软, Microsoft, ｍｉｃｒｏｓｏｆｔ).",
    };

    public static Argument<string> DocumentId() => new("id")
    {
        Description = "The document id, as printed by 'platform ingest' or 'platform docs'.",
    };

    public static Option<DateOnly?> From() => new("--from") { Description = "Only documents dated on or after this day (YYYY-MM-DD, UTC)." };

    public static Option<DateOnly?> To() => new("--to") { Description = "Only documents dated before this day (YYYY-MM-DD, UTC)." };

    /// <summary>The start of a UTC day, as the API's bounds on documents' dates take it.</summary>
    public static Timestamp? ToTimestamp(DateOnly? day) =>
        day is { } d ? Timestamp.FromDateTimeOffset(new DateTimeOffset(d.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero)) : null;
}
