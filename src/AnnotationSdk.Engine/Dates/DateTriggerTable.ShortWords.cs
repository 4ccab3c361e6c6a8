using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using AnnotationSdk.Engine.Lexicons;
using AnnotationSdk.Engine.Text;

namespace AnnotationSdk.Engine.Dates;

/// <summary>
/// Nearly all the words of news text that are in the map are short: "a", "an", "the" and "that" are two thirds of
/// them, and of the 7,900 per MB that still went to the map probe ("at", "this", "more", "new", "one", "years"), 7,700
/// had eight letters or fewer. Each map word of up to eight ASCII letters has a slot, chosen by the bit of its filter
/// keys that <see cref="MayBeInMap"/> tests: the pass recognizes it by one compare of the token's characters, read as
/// one 128-bit vector, with the word of the token's slot, instead of a map probe. A token of up to eight ASCII letters
/// that is not its slot's word is no word of the map either when no other word has the slot (3,000 per MB passed the
/// bitmap and were none).
/// </summary>
internal sealed partial class DateTriggerTable
{
    private const int ShortWordLength = 8;
    private const int ShortWordSlots = 2048;

    // One bit per lane: bit 5 of each turns an ASCII capital into its small letter, and only the capital and the
    // small letter become a given small letter.
    private const ushort CaseBit = 0x20;

    // These win a slot two words share: they are most of the map words of news text.
    private static readonly string[] FrequentLeadWords = ["a", "an", "the", "that"];

    /// <summary>Each slot's index in <see cref="_shortWords"/>; 0, a word no token matches, for a slot no word has.</summary>
    private readonly ushort[] _shortWordSlots;

    private readonly ShortWord[] _shortWords;

    private (ushort[] Slots, ShortWord[] Words) ShortWordsBySlot(IEnumerable<string> mapWords)
    {
        var slots = new ushort[ShortWordSlots];
        // A map word with a character that folds to an ASCII letter ignoring case may equal any ASCII token.
        var folding = mapWords.Any(word => WordFilter.HasCharFoldingToAscii(word));
        var words = new List<ShortWord> { new(Vector128<ushort>.Zero, -1, DateTrigger.None, null, null, SoleInSlot: !folding) };
        var candidates = FrequentLeadWords.Concat(mapWords.Where(word => word.Length <= ShortWordLength && word.All(char.IsAsciiLetter)).OrderBy(word => word.Length));
        foreach (var word in candidates)
        {
            var slot = MapKeyBit(WordFilter.KeysOf(word)) & (ShortWordSlots - 1);
            if (slots[slot] != 0)
            {
                // A word whose slot is taken is left to the map, and so are the other tokens of the slot.
                if (!words[slots[slot]].Spells(word))
                {
                    words[slots[slot]] = words[slots[slot]] with { SoleInSlot = false };
                }

                continue;
            }

            if (!_entries.TryGet(word, out var entry))
            {
                continue;
            }

            var characters = new ushort[Vector128<ushort>.Count];
            for (var k = 0; k < word.Length; k++)
            {
                characters[k] = (ushort)(word[k] | CaseBit);
            }

            var flags = entry.Named | entry.Opens;
            slots[slot] = (ushort)words.Count;
            words.Add(new ShortWord(Vector128.Create(characters), word.Length, flags, LeadKept(entry.Lead, flags), entry.Opening, SoleInSlot: !folding));
        }

        return (slots, words.ToArray());
    }

    /// <summary>The word of the map that token <paramref name="token"/>, whose filter keys have the bit
    /// <paramref name="keyBit"/>, is as a short word, or the empty word that no token matches.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private ref readonly ShortWord ShortWordAt(int keyBit) => ref _shortWords[_shortWordSlots[keyBit & (ShortWordSlots - 1)]];

    /// <summary>As <see cref="FillAt"/> does for token <paramref name="i"/>, <paramref name="word"/>: no possessive
    /// and no hyphen, its own word, and the flags, lead and opening it has in the map.</summary>
    private void FillShortWord(string text, in Token token, int keyBit, int i, ref Pass pass, in ShortWord word, Span<TextSpan> words, Span<DateTrigger> triggers)
    {
        if (pass.Pending)
        {
            var raw = text.AsSpan(token.Start, token.Length);
            pass.Decide(raw, raw, word.Flags, triggers, i - 1, MayContinue(keyBit));
        }

        words[i] = token.Span;
        triggers[i] = word.Flags;
        pass.Leave(word.Lead, word.Opening);
    }

    /// <summary>Whether the token at <paramref name="start"/> of <paramref name="length"/> characters is up to eight ASCII
    /// letters: if not its slot's word, and no other word has the slot, it is no word of the map. A token less than eight
    /// characters from the end of the text is left to the map.</summary>
    private static bool IsShortAsciiWord(string text, int start, int length)
    {
        if (length > ShortWordLength || start > text.Length - ShortWordLength)
        {
            return false;
        }

        // With the case bit set, only the ASCII letters are 'a' to 'z'.
        var small = Vector128.LoadUnsafe(ref Unsafe.As<char, ushort>(ref Unsafe.Add(ref MemoryMarshal.GetReference(text.AsSpan()), start))) | Vector128.Create(CaseBit);
        var letters = Vector128.LessThanOrEqual(small - Vector128.Create((ushort)'a'), Vector128.Create((ushort)('z' - 'a')));
        var inWord = Vector128.LessThan(Vector128<ushort>.Indices, Vector128.Create((ushort)length));
        return Vector128.AndNot(inWord, letters) == Vector128<ushort>.Zero;
    }

    /// <param name="Characters">The word's characters in small letters, one per lane, and zeros after them.</param>
    /// <param name="Lead">The word's lead, if the next token decides its flags.</param>
    /// <param name="SoleInSlot">No other word of the map of up to eight ASCII letters has the slot.</param>
    private readonly record struct ShortWord(Vector128<ushort> Characters, int Length, DateTrigger Flags, Lead? Lead, Opening? Opening, bool SoleInSlot)
    {
        /// <summary>Whether the token at <paramref name="start"/> of <paramref name="length"/> characters is the word in
        /// any case; a token less than eight characters from the end of the text is left to the map.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public bool Is(string text, int start, int length)
        {
            if (length != Length || start > text.Length - ShortWordLength)
            {
                return false;
            }

            var chunk = Vector128.LoadUnsafe(ref Unsafe.As<char, ushort>(ref Unsafe.Add(ref MemoryMarshal.GetReference(text.AsSpan()), start)));
            var inWord = Vector128.LessThan(Vector128<ushort>.Indices, Vector128.Create((ushort)length));
            return Vector128.EqualsAll((chunk | Vector128.Create(CaseBit)) & inWord, Characters);
        }

        /// <summary>Whether this is <paramref name="word"/>, ignoring case.</summary>
        public bool Spells(string word)
        {
            for (var k = 0; k < Vector128<ushort>.Count; k++)
            {
                if (Characters[k] != (k < word.Length ? (ushort)(word[k] | CaseBit) : 0))
                {
                    return false;
                }
            }

            return word.Length == Length;
        }
    }
}
