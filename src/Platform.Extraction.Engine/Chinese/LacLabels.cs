namespace Platform.Extraction.Engine.Chinese;

/// <summary>The span labels of LAC that name something (the rest are parts of speech and "O").</summary>
public static class LacLabels
{
    public const string Person = "PER";
    public const string Organization = "ORG";
    public const string Location = "LOC";
    public const string Time = "TIME";
    public const string OtherProperNoun = "nz";
    public const string WorkTitle = "nw";
    public const string PersonNoun = "nr";
    public const string PlaceNoun = "ns";
    public const string OrganizationNoun = "nt";
    public const string Outside = "O";

    private static readonly HashSet<string> Named =
        [Person, Organization, Location, Time, OtherProperNoun, WorkTitle, PersonNoun, PlaceNoun, OrganizationNoun];

    public static bool IsNamed(string label) => Named.Contains(label);
}
