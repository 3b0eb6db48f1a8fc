namespace Platform.Extraction.Engine.Chinese;

/// <summary>The LAC-small model files (word.dic, tag.dic, model_baseline/) could not be found or read.</summary>
public sealed class LacModelNotFoundException : Exception
{
    public LacModelNotFoundException(string message)
        : base(message)
    {
    }

    public LacModelNotFoundException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
