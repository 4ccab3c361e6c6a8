using System.Buffers;
using System.Buffers.Binary;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Text;
using Google.Protobuf;

namespace AnnotationSdk.Server.Documents;

/// <summary>
/// Protobuf's wire format written into one span of a message's known size: the field kinds the annotation
/// contract uses, each left out at its default value as proto3 leaves it out. Every field number of the contract is
/// below 16, so each tag is one byte.
/// </summary>
internal ref struct ProtobufOutput
{
    public const byte Varint = 0;
    public const byte LengthDelimited = 2;
    public const byte Fixed32 = 5;

    private readonly IBufferWriter<byte> _writer;
    private readonly Span<byte> _buffer;
    private int _position;

    private ProtobufOutput(IBufferWriter<byte> writer, int size)
    {
        _writer = writer;
        _buffer = writer.GetSpan(size)[..size];
    }

    /// <summary>Starts a message of <paramref name="size"/> bytes, written straight into the call's response.</summary>
    public static ProtobufOutput Open(Grpc.Core.SerializationContext context, int size)
    {
        context.SetPayloadLength(size);
        return new ProtobufOutput(context.GetBufferWriter(), size);
    }

    // A negative int32 goes out sign-extended to ten bytes, as protobuf writes it.
    public static int Int32Size(int value) => value == 0 ? 0 : 1 + (value < 0 ? 10 : VarintSize((uint)value));

    public static int StringSize(string value) => BytesSize(Encoding.UTF8.GetByteCount(value));

    /// <summary>A string or message field whose content takes <paramref name="length"/> bytes, when it is written (not empty).</summary>
    public static int BytesSize(int length) => length == 0 ? 0 : MessageSize(length);

    /// <summary>A message field, written even when empty, as a set message is.</summary>
    public static int MessageSize(int length) => 1 + VarintSize((uint)length) + length;

    // Seven bits a byte: 1 for 0..127, 2 up to 16383, and so on.
    private static int VarintSize(uint value) => ((BitOperations.Log2(value | 1) * 9) + 73) / 64;

    /// <summary>An item of a repeated string, written even when empty.</summary>
    public static int ItemSize(string value) => MessageSize(Encoding.UTF8.GetByteCount(value));

    // A UTF-16 code unit takes at most three UTF-8 bytes (a surrogate pair four for its two, a lone half the three of U+FFFD).
    private const int MaxOneByteLengthChars = 0x7f / 3;

    public static int FloatSize(float value) => BitConverter.SingleToInt32Bits(value) == 0 ? 0 : 5;

    public static int BoolSize(bool value) => value ? 2 : 0;

    public void Int32(byte tag, int value)
    {
        if (value != 0)
        {
            _buffer[_position++] = tag;
            WriteVarint((ulong)(long)value);
        }
    }

    public void String(byte tag, string value)
    {
        if (value.Length > MaxOneByteLengthChars)
        {
            String(tag, value, Encoding.UTF8.GetByteCount(value));
        }
        else if (value.Length != 0)
        {
            ShortString(tag, value);
        }
    }

    public void String(byte tag, ReadOnlySpan<char> value, int byteCount)
    {
        if (byteCount != 0)
        {
            Length(tag, byteCount);
            // Unpaired surrogates become U+FFFD, as Google.Protobuf's writer makes them.
            _position += Encoding.UTF8.GetBytes(value, _buffer[_position..]);
        }
    }

    /// <summary>An item of a repeated string, written even when empty.</summary>
    public void Item(byte tag, string value)
    {
        if (value.Length > MaxOneByteLengthChars)
        {
            String(tag, value, Encoding.UTF8.GetByteCount(value));
        }
        else
        {
            ShortString(tag, value);
        }
    }

    /// <summary>A message field's tag and length, which its fields follow.</summary>
    public void Length(byte tag, int length)
    {
        _buffer[_position++] = tag;
        WriteVarint((uint)length);
    }

    public void Float(byte tag, float value)
    {
        if (BitConverter.SingleToInt32Bits(value) != 0)
        {
            _buffer[_position++] = tag;
            BinaryPrimitives.WriteSingleLittleEndian(_buffer[_position..], value);
            _position += 4;
        }
    }

    public void Bool(byte tag, bool value)
    {
        if (value)
        {
            _buffer[_position++] = tag;
            _buffer[_position++] = 1;
        }
    }

    /// <summary>A message Google.Protobuf writes itself, of the size it gave.</summary>
    public void Message(byte tag, IMessage message, int size)
    {
        Length(tag, size);
        message.WriteTo(_buffer.Slice(_position, size));
        _position += size;
    }

    /// <summary>Hands the message on; its size was worked out before it was written and must be what was written.</summary>
    public readonly void Complete(Grpc.Core.SerializationContext context)
    {
        if (_position != _buffer.Length)
        {
            throw new InvalidOperationException($"A message measured as {_buffer.Length} bytes was written as {_position}.");
        }

        _writer.Advance(_position);
        context.Complete();
    }

    // Written in one pass: its UTF-8 form cannot pass 127 bytes, so its length takes the one byte before it.
    private void ShortString(byte tag, string value)
    {
        _buffer[_position++] = tag;
        var byteCount = Encoding.UTF8.GetBytes(value, _buffer[(_position + 1)..]);
        _buffer[_position] = (byte)byteCount;
        _position += 1 + byteCount;
    }

    // Most values here (lengths of short strings, small offsets) take one byte: that case is inlined.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void WriteVarint(ulong value)
    {
        if (value < 0x80)
        {
            _buffer[_position++] = (byte)value;
        }
        else
        {
            WriteLongVarint(value);
        }
    }

    private void WriteLongVarint(ulong value)
    {
        while (value >= 0x80)
        {
            _buffer[_position++] = (byte)(value | 0x80);
            value >>= 7;
        }

        _buffer[_position++] = (byte)value;
    }
}
