using Platform.Extraction.Engine.Chinese;

namespace Platform.Extraction.Engine.Tests.Chinese;

public sealed class LacModelLoadingTests : IDisposable
{
    private readonly string _scratch = Directory.CreateTempSubdirectory("lac-loading-").FullName;

    [Fact]
    public void Load_MissingDirectory_ThrowsNamingDebianPackageAndVariable()
    {
        var missing = Path.Combine(_scratch, "nowhere");

        var error = Assert.Throws<LacModelNotFoundException>(() => LacModel.Load(missing));

        Assert.Contains("python3-jieba", error.Message);
        Assert.Contains("apt-get install python3-jieba", error.Message);
        Assert.Contains(LacModelLocator.DirectoryEnvironmentVariable, error.Message);
        Assert.Contains(missing, error.Message);
    }

    [Fact]
    public void Load_TruncatedWeightFile_ThrowsNamingTheFile()
    {
        var source = LacModel.Shared.Directory;
        var copy = Path.Combine(_scratch, "lac_small");
        Directory.CreateDirectory(Path.Combine(copy, "model_baseline"));
        File.Copy(Path.Combine(source, "word.dic"), Path.Combine(copy, "word.dic"));
        File.Copy(Path.Combine(source, "tag.dic"), Path.Combine(copy, "tag.dic"));
        var embedding = File.ReadAllBytes(Path.Combine(source, "model_baseline", "word_emb"));
        File.WriteAllBytes(Path.Combine(copy, "model_baseline", "word_emb"), embedding[..4096]);

        var error = Assert.Throws<LacModelNotFoundException>(() => LacModel.Load(copy));

        Assert.Contains("word_emb", error.Message);
    }

    [Fact]
    public void Load_DefaultLocation_FindsJiebaModelWithItsLabels()
    {
        var model = LacModel.Load();

        Assert.True(LacModelLocator.IsModelDirectory(model.Directory));
        Assert.Equal(57, model.Labels.Count);
        var types = Enumerable.Range(0, model.Labels.Count).Select(id => model.Labels.Type((byte)id)).ToHashSet();
        Assert.Superset(new HashSet<string> { "PER", "ORG", "LOC", "TIME", "nz", "nw", "O" }, types);
    }

    [Fact]
    public void Shared_CalledFromManyThreads_ReturnsOneInstance()
    {
        var models = new LacModel[8];
        Parallel.For(0, models.Length, i => models[i] = LacModel.Shared);

        Assert.All(models, model => Assert.Same(models[0], model));
    }

    public void Dispose() => Directory.Delete(_scratch, recursive: true);
}
