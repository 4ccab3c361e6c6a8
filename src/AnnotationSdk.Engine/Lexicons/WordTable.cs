using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Text;

namespace AnnotationSdk.Engine.Lexicons;

/// <summary>
/// A read-only map from words to values, equal to a dictionary with <see cref="StringComparer.OrdinalIgnoreCase"/>
/// but cheaper per lookup: the rules look up every token in several lexicons, and the comparer's hash and equality
/// calls were a tenth of the engine's time. An all-ASCII token (nearly every token of news text) is probed in an
/// open-addressing table of the ASCII words; any other token goes to the dictionary itself, unless it cannot be in
/// it: a non-ASCII word never equals an ASCII token, ignoring case, unless one of its characters folds to ASCII, so
/// a non-ASCII token (a curly quote, a dash) can equal only a non-ASCII word of its length or, through such a
/// character, an ASCII word. A word of the table with such a character sends every token to the dictionary.
/// </summary>
/// <remarks>
/// The token is read four characters at a time, as one 64-bit word, both to hash it and to compare it: a hash fed
/// one character at a time is a chain of a multiplication per character. The table's words are kept in lower case,
/// one after another in one array, and each slot holds its word's hash, place and value, so that a probe reads one
/// slot and, on a hash match, the characters next to the other words.
/// </remarks>
internal sealed class WordTable<T>
{
    private const int Empty = -1;

    // Four characters, one per 16-bit lane.
    private const ulong EveryLane = 0x0001_0001_0001_0001;
    private const ulong NotAsciiBits = 0xFF80 * EveryLane;
    private const ulong CaseBits = 0x0020 * EveryLane;
    private const ulong HashMultiplier = 0x9E37_79B9_7F4A_7C15;

    private readonly Dictionary<string, T>.AlternateLookup<ReadOnlySpan<char>> _dictionary;
    private readonly Slot[] _slots;
    private readonly char[] _words;
    private readonly uint _mask;
    private readonly bool _dictionaryOnly;

    // Bit n set for the non-ASCII words of n characters (bit 63 for 63 and longer).
    private readonly ulong _nonAsciiLengths;

    /// <param name="dictionary">Compared with <see cref="StringComparer.OrdinalIgnoreCase"/>; not changed afterwards.</param>
    public WordTable(Dictionary<string, T> dictionary)
    {
        if (!ReferenceEquals(dictionary.Comparer, StringComparer.OrdinalIgnoreCase))
        {
            throw new ArgumentException("The dictionary must compare with StringComparer.OrdinalIgnoreCase.", nameof(dictionary));
        }

        _dictionary = dictionary.GetAlternateLookup<ReadOnlySpan<char>>();
        var size = 4;
        while (size < dictionary.Count * 2)
        {
            size *= 2;
        }

        _slots = new Slot[size];
        _slots.AsSpan().Fill(new Slot { Length = Empty });
        _mask = (uint)size - 1;
        var words = new StringBuilder();
        foreach (var (key, value) in dictionary)
        {
            if (!TryHash(key, out var hash))
            {
                _dictionaryOnly |= WordFilter.HasCharFoldingToAscii(key);
                _nonAsciiLengths |= LengthBit(key.Length);
                continue;
            }

            var slot = hash & _mask;
            while (_slots[slot].Length != Empty)
            {
                slot = (slot + 1) & _mask;
            }

            _slots[slot] = new Slot { Hash = hash, Start = words.Length, Length = key.Length, Value = value };
            words.Append(key.ToLowerInvariant());
        }

        _words = words.ToString().ToCharArray();
    }

    /// <summary>The dictionary the table was built from.</summary>
    public Dictionary<string, T> Dictionary => _dictionary.Dictionary;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool TryGetValue(ReadOnlySpan<char> word, out T value)
    {
        if (_dictionaryOnly)
        {
            return _dictionary.TryGetValue(word, out value!);
        }

        if (!TryHash(word, out var hash))
        {
            if ((_nonAsciiLengths & LengthBit(word.Length)) != 0 || MayHaveCharFoldingToAscii(word))
            {
                return _dictionary.TryGetValue(word, out value!);
            }

            value = default!;
            return false;
        }

        var slots = _slots;
        for (var index = hash & _mask; ; index = (index + 1) & _mask)
        {
            ref readonly var slot = ref slots[index];
            if (slot.Hash == hash && slot.Length == word.Length && EqualsLowerCase(word, _words.AsSpan(slot.Start, slot.Length)))
            {
                value = slot.Value;
                return true;
            }

            if (slot.Length == Empty)
            {
                value = default!;
                return false;
            }
        }
    }

    public bool Contains(ReadOnlySpan<char> word) => TryGetValue(word, out _);

    /// <summary>A multiplicative hash of the word's chunks with bit 5 of every character set (ASCII letters folded
    /// to lower case); false when a character is not ASCII.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool TryHash(ReadOnlySpan<char> word, out uint hash)
    {
        ref var first = ref MemoryMarshal.GetReference(word);
        ulong mixed;
        ulong allBits;
        if (word.Length < 4)
        {
            allBits = ShortChunk(ref first, word.Length);
            mixed = (allBits | CaseBits) * HashMultiplier;
        }
        else
        {
            mixed = 0;
            allBits = 0;
            var last = word.Length - 4;
            for (var start = 0; start < last; start += 4)
            {
                var characters = Chunk(ref first, start);
                allBits |= characters;
                mixed = (mixed ^ (characters | CaseBits)) * HashMultiplier;
            }

            var lastCharacters = Chunk(ref first, last);
            allBits |= lastCharacters;
            mixed = (mixed ^ (lastCharacters | CaseBits)) * HashMultiplier;
        }

        // The multiplications carry a chunk's high characters only into high bits: fold those down before the
        // table takes the low bits.
        hash = (uint)(((mixed ^ (mixed >> 29)) * HashMultiplier) >> 32);
        return (allBits & NotAsciiBits) == 0;
    }

    /// <summary><paramref name="word"/>, all ASCII, equals <paramref name="lowerCase"/> of the same length, ignoring
    /// the case of <paramref name="word"/>'s letters.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool EqualsLowerCase(ReadOnlySpan<char> word, ReadOnlySpan<char> lowerCase)
    {
        ref var first = ref MemoryMarshal.GetReference(word);
        ref var lowerFirst = ref MemoryMarshal.GetReference(lowerCase);
        if (word.Length < 4)
        {
            return ToLowerCase(ShortChunk(ref first, word.Length)) == ShortChunk(ref lowerFirst, word.Length);
        }

        var last = word.Length - 4;
        for (var start = 0; start < last; start += 4)
        {
            if (ToLowerCase(Chunk(ref first, start)) != Chunk(ref lowerFirst, start))
            {
                return false;
            }
        }

        return ToLowerCase(Chunk(ref first, last)) == Chunk(ref lowerFirst, last);
    }

    // A word of four characters or more is read in chunks of four, the last of them overlapping the one before
    // when the length is not a multiple of four; a shorter word is one short chunk.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Chunk(ref char first, int start) =>
        Unsafe.ReadUnaligned<ulong>(ref Unsafe.As<char, byte>(ref Unsafe.Add(ref first, start)));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong ShortChunk(ref char first, int length) => length switch
    {
        0 => 0,
        1 => first,
        2 => Unsafe.ReadUnaligned<uint>(ref Unsafe.As<char, byte>(ref first)),
        _ => Unsafe.ReadUnaligned<uint>(ref Unsafe.As<char, byte>(ref first)) | (ulong)Unsafe.Add(ref first, 2) << 32,
    };

    /// <summary>Each of four ASCII characters with 'A' to 'Z' turned into 'a' to 'z'.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong ToLowerCase(ulong characters)
    {
        // Bit 7 of a lane is set once the character is at least 'A', and again once it is past 'Z'; lanes never carry.
        var fromA = characters + (0x80 - 'A') * EveryLane;
        var pastZ = characters + (0x80 - 'Z' - 1) * EveryLane;
        var upperCase = fromA & ~pastZ & (0x80 * EveryLane);
        return characters | (upperCase >> 2);
    }

    private static ulong LengthBit(int length) => 1UL << Math.Min(length, 63);

    /// <summary>False only when no character of <paramref name="word"/> is a non-ASCII one equal to an ASCII one,
    /// ignoring case: such a character's upper or lower case is ASCII. Cheaper than
    /// <see cref="WordFilter.FoldsToAscii(char)"/>, and true wherever it is (a test tries every character).</summary>
    internal static bool MayHaveCharFoldingToAscii(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
        {
            if (!char.IsAscii(c) && (char.IsAscii(char.ToUpperInvariant(c)) || char.IsAscii(char.ToLowerInvariant(c))))
            {
                return true;
            }
        }

        return false;
    }

    private struct Slot
    {
        public uint Hash;
        public int Start;

        // Empty when no word is in the slot.
        public int Length;
        public T Value;
    }
}
