namespace Platform.Extraction.Engine.Latin;

/// <summary>
/// The tagger's BIO tag set: 0 is O; type k (in <see cref="Types"/> order) has B = 1 + 2k and I = 2 + 2k.
/// </summary>
public static class BioTags
{
    public static IReadOnlyList<EntityType> Types { get; } =
        [EntityType.Person, EntityType.Organization, EntityType.Location, EntityType.Product, EntityType.Work];

    public static int Count { get; } = 1 + 2 * Types.Count;

    public const int Outside = 0;

    public static int Begin(int typeIndex) => 1 + 2 * typeIndex;

    public static int Inside(int typeIndex) => 2 + 2 * typeIndex;

    public static bool IsBegin(int tag) => tag > 0 && tag % 2 == 1;

    public static bool IsInside(int tag) => tag > 0 && tag % 2 == 0;

    public static int TypeIndex(int tag) => (tag - 1) / 2;

    public static EntityType TypeOf(int tag) => Types[TypeIndex(tag)];

    /// <summary>I-X may only follow B-X or I-X.</summary>
    public static bool IsAllowed(int previous, int tag) =>
        !IsInside(tag) || (previous > 0 && TypeIndex(previous) == TypeIndex(tag));

    public static string Name(int tag) => tag == Outside ? "O" : (IsBegin(tag) ? "B-" : "I-") + ShortName(TypeOf(tag));

    public static string ShortName(EntityType type) => type switch
    {
        EntityType.Person => "PER",
        EntityType.Organization => "ORG",
        EntityType.Location => "LOC",
        EntityType.Product => "PRODUCT",
        EntityType.Work => "WORK",
        _ => type.ToString().ToUpperInvariant(),
    };

    /// <summary>Maps a corpus label type (WikiANN PER/ORG/LOC, WNUT17 person/corporation/…) to ours; null for types we do not tag.</summary>
    public static EntityType? MapCorpusType(string label) => label.ToLowerInvariant() switch
    {
        "per" or "person" => EntityType.Person,
        "org" or "corporation" or "group" => EntityType.Organization,
        "loc" or "location" => EntityType.Location,
        "product" => EntityType.Product,
        "creative-work" or "work" => EntityType.Work,
        _ => null,
    };

    public static int IndexOf(EntityType type)
    {
        for (var k = 0; k < Types.Count; k++)
        {
            if (Types[k] == type)
            {
                return k;
            }
        }

        throw new ArgumentOutOfRangeException(nameof(type), type, "The Latin tagger does not tag this type.");
    }

    /// <summary>Entity spans (token start, exclusive end, type index) read from a BIO sequence; a stray I- opens a span.</summary>
    public static List<(int Start, int End, int TypeIndex)> Spans(ReadOnlySpan<int> tags)
    {
        var spans = new List<(int, int, int)>();
        var start = -1;
        var type = -1;
        for (var i = 0; i <= tags.Length; i++)
        {
            var tag = i < tags.Length ? tags[i] : Outside;
            var continues = IsInside(tag) && start >= 0 && TypeIndex(tag) == type;
            if (continues)
            {
                continue;
            }

            if (start >= 0)
            {
                spans.Add((start, i, type));
                start = -1;
            }

            if (tag != Outside)
            {
                start = i;
                type = TypeIndex(tag);
            }
        }

        return spans;
    }
}
