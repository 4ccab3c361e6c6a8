using System.Globalization;

namespace AnnotationSdk.Cli.Output;

/// <summary>
/// The JSON of recently written floats, one small table per thread. Confidences are a few values set by the rules,
/// written again and again, and formatting each one anew to its shortest round-trip form ("r") cost 2.4 to 2.7 % of a
/// native `annotate --jsonl` run's CPU.
/// </summary>
internal sealed class FloatJsonCache
{
    // Direct-mapped by the value's bits; a power of two, well above the number of confidences the rules use.
    private const int SlotBits = 6;

    [ThreadStatic]
    private static FloatJsonCache? ForThisThread;

    private readonly int[] _bits = new int[1 << SlotBits];
    private readonly byte[]?[] _json = new byte[1 << SlotBits][];

    public static FloatJsonCache Current => ForThisThread ??= new FloatJsonCache();

    /// <summary>The value as the formatter writes it: its "r" format, quoted when it is not finite (NaN, the infinities).</summary>
    public byte[] Json(float value)
    {
        var bits = BitConverter.SingleToInt32Bits(value);
        var slot = (int)((uint)bits * 0x9E3779B1u >> (32 - SlotBits));
        if (_json[slot] is { } cached && _bits[slot] == bits)
        {
            return cached;
        }

        var json = Format(value);
        _bits[slot] = bits;
        _json[slot] = json;
        return json;
    }

    private static byte[] Format(float value)
    {
        // Room for the longest "r" form of a float (15 characters) and two quote marks, with some to spare.
        Span<byte> text = stackalloc byte[32 + 2];
        var quoted = !float.IsFinite(value);
        var length = 0;
        if (quoted)
        {
            text[length++] = (byte)'"';
        }

        value.TryFormat(text[length..], out var written, "r", CultureInfo.InvariantCulture);
        length += written;
        if (quoted)
        {
            text[length++] = (byte)'"';
        }

        return text[..length].ToArray();
    }
}
