using Platform.Extraction.Engine.Pipeline.Relations;
using Platform.Extraction.Engine.Pipeline.Relations.Learned;

namespace Platform.Extraction.Engine.Tests.Pipeline;

public class RelationClassifierTests
{
    // Sentences written for these tests; each name is given with its type.
    private static readonly (string Text, (string Name, EntityType Type)[] Names, string Label)[] Training =
    [
        ("Ana Ruiz, chief executive of Kestrel Labs, said the chip ships in May.", [("Ana Ruiz", EntityType.Person), ("Kestrel Labs", EntityType.Organization)], "ceo_of"),
        ("Bo Chen, chief executive of Zephyr Robotics, declined to comment.", [("Bo Chen", EntityType.Person), ("Zephyr Robotics", EntityType.Organization)], "ceo_of"),
        ("Cal Ito, chief executive of Tern Data, spoke first.", [("Cal Ito", EntityType.Person), ("Tern Data", EntityType.Organization)], "ceo_of"),
        ("Orbit Systems hired Dee Park as its head of research.", [("Orbit Systems", EntityType.Organization), ("Dee Park", EntityType.Person)], "works_at<"),
        ("Vela Motors hired Eli Roth as its head of design.", [("Vela Motors", EntityType.Organization), ("Eli Roth", EntityType.Person)], "works_at<"),
        ("Fay Moss met reporters from Lumen Media after the talk.", [("Fay Moss", EntityType.Person), ("Lumen Media", EntityType.Organization)], RelationClassifierModel.None),
        ("Gus Hale met analysts from Brook Capital on Monday.", [("Gus Hale", EntityType.Person), ("Brook Capital", EntityType.Organization)], RelationClassifierModel.None),
        ("Ivy Tan met bankers from Crest Partners in Paris.", [("Ivy Tan", EntityType.Person), ("Crest Partners", EntityType.Organization)], RelationClassifierModel.None),
    ];

    private static SentenceTemplate Template(string text, params (string Name, EntityType Type)[] names) =>
        SentenceTemplate.Build(text, 0, text.Length, names
            .Select((n, i) => new RelationArgument(text.IndexOf(n.Name, StringComparison.Ordinal), text.IndexOf(n.Name, StringComparison.Ordinal) + n.Name.Length, "e" + i, n.Type))
            .OrderBy(a => a.Start).ToList());

    private static PairOfNames FirstPair(SentenceTemplate template) =>
        RelationClassifier.Features(template, new RelationFeatures(template), 0, 1)!;

    private static RelationClassifierModel Train() => new RelationClassifierTrainer { MinFeatureCount = 1 }.Train(
        Training.Select(t => new RelationExample(FirstPair(Template(t.Text, t.Names)), t.Label)).ToList(), threshold: 0);

    private static string Label(RelationClassifierModel model, string text, params (string, EntityType)[] names)
    {
        var (label, _) = model.Classify(FirstPair(Template(text, names)));
        return model.Labels[label];
    }

    [Fact]
    public void TheNamesThemselves_DoNotChangeWhatTheClassifierSees()
    {
        var one = FirstPair(Template("Ana Ruiz, chief executive of Kestrel Labs, said so.", ("Ana Ruiz", EntityType.Person), ("Kestrel Labs", EntityType.Organization)));
        var other = FirstPair(Template("Li Wei, chief executive of Nimbus, said so.", ("Li Wei", EntityType.Person), ("Nimbus", EntityType.Organization)));
        Assert.Equal(one.Types, other.Types);
        Assert.Equal(one.Features, other.Features);
    }

    [Fact]
    public void NamesFurtherApartThanTheLimit_AreNotRead()
    {
        var text = "Ana Ruiz " + string.Join(' ', Enumerable.Repeat("word", RelationFeatures.MaxWordsBetween + 1)) + " Kestrel Labs";
        var template = Template(text, ("Ana Ruiz", EntityType.Person), ("Kestrel Labs", EntityType.Organization));
        Assert.Null(RelationClassifier.Features(template, new RelationFeatures(template), 0, 1));
    }

    [Fact]
    public void ATrainedModel_LabelsSentencesWithNamesItNeverSaw_InEitherDirection()
    {
        var model = Train();
        Assert.Equal("ceo_of", Label(model, "Jo Marsh, chief executive of Quill AI, said it would hire.", ("Jo Marsh", EntityType.Person), ("Quill AI", EntityType.Organization)));
        Assert.Equal("works_at<", Label(model, "Pike Semiconductors hired Kim Ode as its head of sales.", ("Pike Semiconductors", EntityType.Organization), ("Kim Ode", EntityType.Person)));
        Assert.Equal(RelationClassifierModel.None, Label(model, "Lu Yang met reporters from Arc News in Rome.", ("Lu Yang", EntityType.Person), ("Arc News", EntityType.Organization)));
    }

    [Fact]
    public void TheBackwardsLabel_MakesTheSecondNameTheSubject()
    {
        var text = "Pike Semiconductors hired Kim Ode as its head of sales.";
        var template = Template(text, ("Pike Semiconductors", EntityType.Organization), ("Kim Ode", EntityType.Person));
        var relation = RelationClassifier.Relation(text, template, 0, 1, "works_at" + RelationClassifierModel.Backwards);
        Assert.Equal(("e1", "works_at", "e0"), (relation.SubjectId, relation.Predicate, relation.ObjectId));
        Assert.Equal(text, relation.Evidence);
    }

    [Fact]
    public void Training_IsDeterministic_AndTheSavedModelReadsAsTheTrainedOne()
    {
        var model = Train();
        var path = Path.Combine(Path.GetTempPath(), $"relations-{Guid.NewGuid():N}.bin");
        try
        {
            model.Save(path);
            var loaded = RelationClassifierModel.Load(path);
            Assert.Equal(model.Labels, loaded.Labels);
            foreach (var (text, names, _) in Training)
            {
                var pair = FirstPair(Template(text, names));
                var (label, margin) = model.Classify(pair);
                Assert.Equal((label, margin), Train().Classify(pair));
                var (loadedLabel, loadedMargin) = loaded.Classify(pair);
                Assert.Equal(label, loadedLabel);
                Assert.Equal(margin, loadedMargin, 0.05);
            }
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void ALabel_IsNeverGivenToAPairOfTypesItWasNotTrainedOn()
    {
        var model = Train();
        // Two firms with a person's title between them: works_at was only ever seen from a person to a firm.
        Assert.Equal(RelationClassifierModel.None, Label(model, "Orbit Systems hired Vela Motors as its head of design.",
            ("Orbit Systems", EntityType.Organization), ("Vela Motors", EntityType.Organization)));
    }

    [Fact]
    public void ANotAModelFile_IsRefusedWithAMessage()
    {
        var path = Path.Combine(Path.GetTempPath(), $"not-relations-{Guid.NewGuid():N}.bin");
        try
        {
            using (var gzip = new System.IO.Compression.GZipStream(File.Create(path), System.IO.Compression.CompressionLevel.Fastest))
            {
                gzip.Write("LTAG plus more bytes"u8);
            }
            Assert.Contains("Not a relation classifier model", Assert.Throws<InvalidDataException>(() => RelationClassifierModel.Load(path)).Message);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void WhatTheClassifierReads_CountsOnlyForPairsThePatternsSayNothingOf()
    {
        ExtractedRelation R(string s, string p, string o) => new(s, p, o, "", 0, 0, 0.9);
        var stated = new[] { R("ana", "ceo_of", "kestrel"), R("bo", RelationExtractor.CoOccurrence, "zephyr") };
        var learned = new[] { R("kestrel", "works_at", "ana"), R("ana", "works_at", "kestrel"), R("bo", "works_at", "zephyr") };
        Assert.Equal([R("bo", "works_at", "zephyr")], RelationClassifier.ForUnstatedPairs(learned, stated).ToList());
    }

    [Fact]
    public void TheEngineCarriesATrainedModel() =>
        Assert.Contains("ceo_of", RelationClassifierModel.Default!.Labels);

    [Fact]
    public void AGuessedEmployer_GivesWayToTheEmployerTheSameSentenceStates()
    {
        ExtractedRelation Relation(string subject, string predicate, string obj, int start, int end) => new(subject, predicate, obj, "", start, end, 0.8);
        var stated = new[] { Relation("lawyer", "works_at", "law-firm", 20, 40) };
        var learned = new[]
        {
            Relation("lawyer", "works_at", "client", 0, 60),
            Relation("lawyer", "works_at", "other-client", 100, 160),
            Relation("client", "partner_of", "law-firm", 0, 60),
        };

        var kept = RelationClassifier.ForUnstatedPairs(learned, stated).Select(r => r.ObjectId).ToList();

        Assert.Equal(["other-client", "law-firm"], kept);
    }
}
