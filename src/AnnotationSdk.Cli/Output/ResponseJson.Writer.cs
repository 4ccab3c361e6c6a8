using System.Globalization;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace AnnotationSdk.Cli.Output;

/// <summary>The JSON primitives both of <see cref="ResponseJson"/>'s writers share: members, escapes, numbers.</summary>
internal static partial class ResponseJson
{
    /// <summary>Tracks whether the current object or list has a member yet, for the formatter's ", " and closing " ".</summary>
    private struct Writer(Utf8Buffer json)
    {
        // The most bytes one UTF-16 code unit becomes: a \uXXXX escape.
        private const int MaxBytesPerChar = 6;

        // The characters JsonFormatter escapes: controls, '"', '\\', '<' and '>', DEL and C1, surrogates (written as
        // \u pairs), and the invisible or direction-changing code points it escapes to keep JavaScript safe.
        // One bit per UTF-16 code unit, looked up for every character written. The writer's own, so that it is set
        // before the first string is quoted (the enum names of ResponseJson's static fields are).
        private static readonly uint[] Escaped = BitMap(EscapedCharacters());

        // One bit per nesting level (responses nest four deep): set once that level has a member.
        private ulong _hasMember;
        private int _depth;

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public void Open(char bracket)
        {
            json.Append((byte)bracket);
            json.Append((byte)' ');
            _depth++;
            _hasMember &= ~(1UL << _depth);
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public void Close(char bracket)
        {
            if ((_hasMember & (1UL << _depth)) != 0)
            {
                json.Append((byte)' ');
            }

            _depth--;
            json.Append((byte)bracket);
        }

        /// <summary>Before a list element.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public void Item()
        {
            var bit = 1UL << _depth;
            if ((_hasMember & bit) != 0)
            {
                json.Append(", "u8);
            }

            _hasMember |= bit;
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public void Name(ReadOnlySpan<byte> name)
        {
            Item();
            var output = json.Free(name.Length + 4);
            output[0] = (byte)'"';
            name.CopyTo(output[1..]);
            output[name.Length + 1] = (byte)'"';
            output[name.Length + 2] = (byte)':';
            output[name.Length + 3] = (byte)' ';
            json.Advance(name.Length + 4);
        }

        public readonly void Raw(ReadOnlySpan<byte> value) => json.Append(value);

        // Proto3 fields without presence are left out at their default value.
        public void String(ReadOnlySpan<byte> name, ReadOnlySpan<char> value)
        {
            if (value.Length > 0)
            {
                Name(name);
                Quoted(value);
            }
        }

        public void Int(ReadOnlySpan<byte> name, int value)
        {
            if (value != 0)
            {
                Name(name);
                Number(value);
            }
        }

        public void Float(ReadOnlySpan<byte> name, float value)
        {
            if (value != 0f)
            {
                Name(name);
                json.Append(FloatJsonCache.Current.Json(value));
            }
        }

        public void Enum(ReadOnlySpan<byte> name, int value, byte[]?[] names)
        {
            if (value == 0)
            {
                return;
            }

            Name(name);
            if ((uint)value < (uint)names.Length && names[value] is { } known)
            {
                json.Append(known);
            }
            else
            {
                Number(value);
            }
        }

        public readonly void Quoted(ReadOnlySpan<char> text)
        {
            // Room for the worst case at once: every code unit a six-byte \u escape, and the two quote marks.
            var output = json.Free((text.Length * MaxBytesPerChar) + 2);
            var n = 0;
            output[n++] = (byte)'"';
            var escaped = Escaped;
            var units = MemoryMarshal.Cast<char, ushort>(text);
            for (var i = 0; i < text.Length; i++)
            {
                if (i + Vector128<ushort>.Count <= units.Length && TryCopyPlainAscii(units.Slice(i, Vector128<ushort>.Count), output[n..]))
                {
                    n += Vector128<ushort>.Count;
                    i += Vector128<ushort>.Count - 1;
                    continue;
                }

                var c = text[i];
                if ((escaped[c >> 5] & (1u << c)) != 0)
                {
                    n += Escape(text, ref i, output[n..]);
                }
                else if (c < 0x80)
                {
                    output[n++] = (byte)c;
                }
                else if (c < 0x800)
                {
                    output[n++] = (byte)(0xc0 | (c >> 6));
                    output[n++] = (byte)(0x80 | (c & 0x3f));
                }
                else
                {
                    // Surrogates are all escaped, so anything else is a whole character of three bytes.
                    output[n++] = (byte)(0xe0 | (c >> 12));
                    output[n++] = (byte)(0x80 | ((c >> 6) & 0x3f));
                    output[n++] = (byte)(0x80 | (c & 0x3f));
                }
            }

            output[n++] = (byte)'"';
            json.Advance(n);
        }

        /// <summary>Copies eight code units as eight bytes when all are printable ASCII the formatter leaves as they are,
        /// as most of a news text is.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static bool TryCopyPlainAscii(ReadOnlySpan<ushort> block, Span<byte> output)
        {
            var units = Vector128.Create(block);
            var printable = Vector128.LessThan(units - Vector128.Create((ushort)' '), Vector128.Create((ushort)('~' - ' ' + 1)));
            var special = Vector128.Equals(units, Vector128.Create((ushort)'"'))
                | Vector128.Equals(units, Vector128.Create((ushort)'\\'))
                | Vector128.Equals(units, Vector128.Create((ushort)'<'))
                | Vector128.Equals(units, Vector128.Create((ushort)'>'));
            if (Vector128.AndNot(printable, special) != Vector128<ushort>.AllBitsSet)
            {
                return false;
            }

            Vector128.Narrow(units, units).GetLower().CopyTo(output);
            return true;
        }

        /// <summary>The escape of <c>text[i]</c>, and of the low surrogate after it for a pair (then <paramref name="i"/> moves past it).</summary>
        private static int Escape(ReadOnlySpan<char> text, ref int i, Span<byte> output)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c))
            {
                // A pair is written as two \u escapes; an unpaired half fails, as in the formatter.
                if (i + 1 == text.Length || !char.IsLowSurrogate(text[i + 1]))
                {
                    throw new ArgumentException("String contains low surrogate not followed by high surrogate");
                }

                Hex(c, output);
                Hex(text[++i], output[6..]);
                return 12;
            }

            if (char.IsLowSurrogate(c))
            {
                throw new ArgumentException("String contains high surrogate not preceded by low surrogate");
            }

            var shortForm = c switch
            {
                '"' => '"',
                '\\' => '\\',
                '\b' => 'b',
                '\t' => 't',
                '\n' => 'n',
                '\f' => 'f',
                '\r' => 'r',
                _ => '\0',
            };
            if (shortForm == '\0')
            {
                Hex(c, output);
                return 6;
            }

            output[0] = (byte)'\\';
            output[1] = (byte)shortForm;
            return 2;
        }

        private readonly void Number(int value)
        {
            // The default format is the "d" the formatter asks for, without parsing a format string each time.
            value.TryFormat(json.Free(11), out var written, default, CultureInfo.InvariantCulture);
            json.Advance(written);
        }

        private static void Hex(char c, Span<byte> output)
        {
            const string digits = "0123456789abcdef";
            output[0] = (byte)'\\';
            output[1] = (byte)'u';
            output[2] = (byte)digits[c >> 12];
            output[3] = (byte)digits[(c >> 8) & 0xf];
            output[4] = (byte)digits[(c >> 4) & 0xf];
            output[5] = (byte)digits[c & 0xf];
        }

        private static uint[] BitMap(List<char> characters)
        {
            var map = new uint[(char.MaxValue + 1) / 32];
            foreach (var c in characters)
            {
                map[c >> 5] |= 1u << c;
            }

            return map;
        }

        private static List<char> EscapedCharacters()
        {
            var escaped = new List<char>();
            void Range(int first, int last)
            {
                for (var c = first; c <= last; c++)
                {
                    escaped.Add((char)c);
                }
            }

            Range(0x00, 0x1f);
            escaped.AddRange(['"', '\\', '<', '>', '\u00ad', '\u06dd', '\u070f', '\u17b4', '\u17b5', '\ufeff']);
            Range(0x7f, 0x9f);
            Range(0x0600, 0x0603);
            Range(0x200b, 0x200f);
            Range(0x2028, 0x202e);
            Range(0x2060, 0x2064);
            Range(0x206a, 0x206f);
            Range(0xd800, 0xdfff);
            Range(0xfff9, 0xfffb);
            return escaped;
        }
    }
}
