using System.Collections;
using System.Text;

namespace Grpc.Core;

/// <summary>
/// Call headers or trailers. Keys are lower-case ASCII; keys ending in <c>-bin</c> carry bytes
/// (base64 on the wire), all others ASCII strings.
/// </summary>
public sealed class Metadata : IList<Metadata.Entry>
{
    public const string BinaryHeaderSuffix = "-bin";

    public static readonly Metadata Empty = new Metadata().Freeze();

    private readonly List<Entry> entries = [];
    private bool readOnly;

    public int Count => entries.Count;

    public bool IsReadOnly => readOnly;

    public Entry this[int index]
    {
        get => entries[index];
        set { CheckWritable(); entries[index] = value; }
    }

    public void Add(string key, string value) => Add(new Entry(key, value));

    public void Add(string key, byte[] valueBytes) => Add(new Entry(key, valueBytes));

    public void Add(Entry item)
    {
        CheckWritable();
        entries.Add(item);
    }

    /// <summary>The last entry with the key, or null.</summary>
    public Entry? Get(string key)
    {
        for (var i = entries.Count - 1; i >= 0; i--)
        {
            if (entries[i].Key.Equals(key, StringComparison.OrdinalIgnoreCase)) return entries[i];
        }
        return null;
    }

    public string? GetValue(string key) => Get(key)?.Value;

    public byte[]? GetValueBytes(string key) => Get(key)?.ValueBytes;

    public IEnumerable<Entry> GetAll(string key) =>
        entries.Where(e => e.Key.Equals(key, StringComparison.OrdinalIgnoreCase));

    public int IndexOf(Entry item) => entries.IndexOf(item);

    public void Insert(int index, Entry item) { CheckWritable(); entries.Insert(index, item); }

    public void RemoveAt(int index) { CheckWritable(); entries.RemoveAt(index); }

    public void Clear() { CheckWritable(); entries.Clear(); }

    public bool Contains(Entry item) => entries.Contains(item);

    public void CopyTo(Entry[] array, int arrayIndex) => entries.CopyTo(array, arrayIndex);

    public bool Remove(Entry item) { CheckWritable(); return entries.Remove(item); }

    public IEnumerator<Entry> GetEnumerator() => entries.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    internal Metadata Freeze()
    {
        readOnly = true;
        return this;
    }

    private void CheckWritable()
    {
        if (readOnly) throw new InvalidOperationException("Metadata is read-only.");
    }

    public sealed class Entry
    {
        private readonly string? value;
        private readonly byte[]? valueBytes;

        public Entry(string key, string value)
        {
            Key = NormalizeKey(key);
            if (IsBinary) throw new ArgumentException($"Key '{key}' ends with '{BinaryHeaderSuffix}', so its value must be bytes.", nameof(key));
            ArgumentNullException.ThrowIfNull(value);
            if (value.Any(c => c < 0x20 || c > 0x7E))
                throw new ArgumentException($"Metadata value of '{Key}' must be printable ASCII; use a '-bin' key for other data.", nameof(value));
            this.value = value;
        }

        public Entry(string key, byte[] valueBytes)
        {
            Key = NormalizeKey(key);
            if (!IsBinary) throw new ArgumentException($"Key '{key}' must end with '{BinaryHeaderSuffix}' to carry bytes.", nameof(key));
            this.valueBytes = valueBytes ?? throw new ArgumentNullException(nameof(valueBytes));
        }

        private Entry(string normalizedKey, string? value, byte[]? valueBytes)
        {
            Key = normalizedKey;
            this.value = value;
            this.valueBytes = valueBytes;
        }

        public string Key { get; }

        /// <summary>For entries read off the wire: the key is already lower-case and the value is kept as received.</summary>
        internal static Entry FromWire(string key, string? value, byte[]? valueBytes) =>
            new(key.ToLowerInvariant(), value, valueBytes);

        public bool IsBinary => Key.EndsWith(BinaryHeaderSuffix, StringComparison.Ordinal);

        public string Value => value ?? throw new InvalidOperationException($"Key '{Key}' is binary; read ValueBytes instead.");

        public byte[] ValueBytes => valueBytes ?? Encoding.ASCII.GetBytes(value!);

        public override string ToString() => IsBinary
            ? $"[Entry: key={Key}, valueBytes={Convert.ToBase64String(valueBytes!)}]"
            : $"[Entry: key={Key}, value={value}]";

        private static string NormalizeKey(string key)
        {
            ArgumentException.ThrowIfNullOrEmpty(key);
            var normalized = key.ToLowerInvariant();
            foreach (var c in normalized)
            {
                if (c is not ((>= 'a' and <= 'z') or (>= '0' and <= '9') or '-' or '_' or '.'))
                    throw new ArgumentException($"Metadata key '{key}' contains '{c}'; only a-z, 0-9, '-', '_' and '.' are allowed.", nameof(key));
            }
            return normalized;
        }
    }
}
