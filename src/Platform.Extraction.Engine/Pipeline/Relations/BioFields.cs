using System.Text.RegularExpressions;

namespace Platform.Extraction.Engine.Pipeline.Relations;

/// <summary>
/// A person's profile gives schools and seats in labelled fields, not sentences: a proxy statement's nominee under
/// "**Adrian Faulkes**" ("Education: B.S., Computer Science, University of Illinois …; M.S., …, Stanford University",
/// "Other public company boards: Brevik Semiconductor Corp.; Talmont Health, Inc.", "Director since: 2018"), an
/// encyclopedia's infobox under "| 中文名 | 祁衡之 |" ("| 毕业院校 | 南京大学、卡内基梅隆大学 |"). Each school is an
/// affiliation, each board a membership, and a director's seat one in the firm the filing is about (the one it names most).
/// The person is the one whose name opens the field's paragraph, else the one the page's name field gives.
/// </summary>
internal static partial class BioFields
{
    private const double Confidence = 0.8;

    public static IEnumerable<ExtractedRelation> Find(string text, IReadOnlyList<RelationArgument> mentions, string? mostNamedOrganization)
    {
        RelationArgument? pagePerson = null;
        if (CareerLines.NameField().Match(text) is { Success: true } nameField)
        {
            pagePerson = mentions.FirstOrDefault(m => m.Type == EntityType.Person && m.Start == nameField.Index + nameField.Length);
        }
        foreach (Match field in Field().Matches(text))
        {
            if ((HeadingPerson(text, mentions, field.Index) ?? pagePerson) is not { } person)
            {
                continue;
            }
            var (evidenceStart, evidenceEnd) = FieldValues.Line(text, field.Index, " \t-*|");
            var evidence = text[evidenceStart..evidenceEnd];
            if (field.Groups["since"].Success)
            {
                if (mostNamedOrganization is not null)
                {
                    yield return new ExtractedRelation(person.EntityId, RoleNouns.MemberOf, mostNamedOrganization, evidence, evidenceStart, evidenceEnd, Confidence);
                }
                continue;
            }
            var predicate = field.Groups["school"].Success ? "affiliated_with" : RoleNouns.MemberOf;
            foreach (var organization in FieldValues.Named(text, mentions, field, EntityType.Organization))
            {
                yield return new ExtractedRelation(person.EntityId, predicate, organization.EntityId, evidence, evidenceStart, evidenceEnd, Confidence);
            }
        }
    }

    /// <summary>The person whose name opens the paragraph <paramref name="at"/> is in (a bio's heading line).</summary>
    private static RelationArgument? HeadingPerson(string text, IReadOnlyList<RelationArgument> mentions, int at)
    {
        var paragraphStart = text.LastIndexOf("\n\n", at, StringComparison.Ordinal) is var blank and >= 0 ? blank + 2 : 0;
        return mentions.FirstOrDefault(m => m.Type == EntityType.Person && m.Start >= paragraphStart && m.Start < at
            && text.AsSpan(paragraphStart, m.Start - paragraphStart).Trim(" \t*_#").IsEmpty);
    }

    [GeneratedRegex(@"(?<=^|\n|\|)[ \t*_-]*(?:\|[ \t]*)?(?:(?<school>Education|Alma mater|毕业院校|毕业学校)|(?<boards>Other (?:public )?(?:company )?(?:boards|directorships))|(?<since>Director since))[ \t*_]*(?:[:：]|[ \t]*\|)[ \t]*")]
    private static partial Regex Field();
}
