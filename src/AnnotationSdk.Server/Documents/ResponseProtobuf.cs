using System.Buffers;
using System.Diagnostics;
using System.Text;
using AnnotationSdk.Engine;
using AnnotationSdk.Engine.Model;
using AnnotationSdk.Engine.Text;
using AnnotationSdk.V1;
using Grpc.Core;
using static AnnotationSdk.Server.Documents.ProtobufOutput;
using V1 = AnnotationSdk.V1;

namespace AnnotationSdk.Server.Documents;

/// <summary>
/// The server's answers written to the wire straight from the engine's result: the bytes Google.Protobuf writes for
/// <see cref="ResponseMapper.Map"/>'s messages, without building them (an object per annotation, span and detail,
/// and a copy of each annotation's text) and without working out each nested message's size again at every level
/// above it. Every value comes from <see cref="ResponseMapper"/>; <c>ResponseProtobufTests</c> hold the bytes equal.
/// </summary>
internal static class ResponseProtobuf
{
    private const byte IndexTag = (AnnotateStreamResponse.IndexFieldNumber << 3) | Varint;
    private const byte StreamDocumentIdTag = (AnnotateStreamResponse.DocumentIdFieldNumber << 3) | LengthDelimited;
    private const byte StatusTag = (AnnotateStreamResponse.StatusFieldNumber << 3) | LengthDelimited;
    private const byte ResponseTag = (AnnotateStreamResponse.ResponseFieldNumber << 3) | LengthDelimited;

    private const byte DocumentIdTag = (AnnotateResponse.DocumentIdFieldNumber << 3) | LengthDelimited;
    private const byte AnnotationsTag = (AnnotateResponse.AnnotationsFieldNumber << 3) | LengthDelimited;
    private const byte OffsetUnitTag = (AnnotateResponse.OffsetUnitFieldNumber << 3) | Varint;
    private const byte SchemaVersionTag = (AnnotateResponse.SchemaVersionFieldNumber << 3) | LengthDelimited;
    private const byte ReferenceDateTag = (AnnotateResponse.ReferenceDateFieldNumber << 3) | LengthDelimited;
    private const byte ReferenceDateDefaultedTag = (AnnotateResponse.ReferenceDateDefaultedFieldNumber << 3) | Varint;

    private const byte IdTag = (V1.Annotation.IdFieldNumber << 3) | LengthDelimited;
    private const byte KindTag = (V1.Annotation.KindFieldNumber << 3) | Varint;
    private const byte SpanTag = (V1.Annotation.SpanFieldNumber << 3) | LengthDelimited;
    private const byte TextTag = (V1.Annotation.TextFieldNumber << 3) | LengthDelimited;
    private const byte ConfidenceTag = (V1.Annotation.ConfidenceFieldNumber << 3) | Fixed32;
    private const byte RuleTag = (V1.Annotation.RuleFieldNumber << 3) | LengthDelimited;
    private const byte QuoteTag = (V1.Annotation.QuoteFieldNumber << 3) | LengthDelimited;
    private const byte AttributionTag = (V1.Annotation.AttributionFieldNumber << 3) | LengthDelimited;
    private const byte DateTag = (V1.Annotation.DateFieldNumber << 3) | LengthDelimited;
    private const byte HedgeTag = (V1.Annotation.HedgeFieldNumber << 3) | LengthDelimited;

    private const byte StartTag = (V1.Span.StartFieldNumber << 3) | Varint;
    private const byte EndTag = (V1.Span.EndFieldNumber << 3) | Varint;

    private const byte StyleTag = (QuoteDetail.StyleFieldNumber << 3) | Varint;
    private const byte QuoteAttributionIdTag = (QuoteDetail.AttributionIdFieldNumber << 3) | LengthDelimited;
    private const byte SourceTag = (AttributionDetail.SourceFieldNumber << 3) | LengthDelimited;
    private const byte CueTag = (AttributionDetail.CueFieldNumber << 3) | LengthDelimited;
    private const byte SpeakerTag = (AttributionDetail.SpeakerFieldNumber << 3) | LengthDelimited;
    private const byte SourceTypeTag = (AttributionDetail.SourceTypeFieldNumber << 3) | Varint;
    private const byte QuoteIdsTag = (AttributionDetail.QuoteIdsFieldNumber << 3) | LengthDelimited;
    private const byte TypeTag = (DateDetail.TypeFieldNumber << 3) | Varint;
    private const byte ValueTag = (DateDetail.ValueFieldNumber << 3) | LengthDelimited;
    private const byte ModTag = (DateDetail.ModFieldNumber << 3) | LengthDelimited;
    private const byte AnchorIdTag = (DateDetail.AnchorIdFieldNumber << 3) | LengthDelimited;
    private const byte CategoryTag = (HedgeDetail.CategoryFieldNumber << 3) | Varint;
    private const byte HedgeQuoteIdTag = (HedgeDetail.QuoteIdFieldNumber << 3) | LengthDelimited;

    /// <summary>Writes <paramref name="answer"/> as the <c>AnnotateResponse</c> it stands for.</summary>
    public static void Serialize(EngineAnswer answer, SerializationContext context)
    {
        using var response = new MeasuredResponse(answer);
        var output = Open(context, response.Size);
        response.WriteTo(ref output);
        output.Complete(context);
    }

    /// <summary>Writes <paramref name="answer"/> as the <c>AnnotateStreamResponse</c> it stands for.</summary>
    public static void Serialize(EngineStreamAnswer answer, SerializationContext context)
    {
        using var response = answer.Answer is null ? default : new MeasuredResponse(answer.Answer);
        var statusSize = answer.Status.CalculateSize();
        var size = Int32Size(answer.Index) + StringSize(answer.DocumentId) + MessageSize(statusSize) + (answer.Answer is null ? 0 : MessageSize(response.Size));

        var output = Open(context, size);
        output.Int32(IndexTag, answer.Index);
        output.String(StreamDocumentIdTag, answer.DocumentId);
        output.Message(StatusTag, answer.Status, statusSize);
        if (answer.Answer is not null)
        {
            output.Length(ResponseTag, response.Size);
            response.WriteTo(ref output);
        }

        output.Complete(context);
    }

    /// <summary>
    /// An answer with its size worked out, and with each annotation's sizes (<see cref="AnnotationSizes"/>).
    /// </summary>
    private readonly struct MeasuredResponse : IDisposable
    {
        private readonly EngineAnswer _answer;
        private readonly OffsetMap? _offsets;
        private readonly string _referenceDate;
        private readonly AnnotationSizes[] _sizes;

        public MeasuredResponse(EngineAnswer answer)
        {
            _answer = answer;
            var (request, result) = (answer.Request, answer.Result);
            _offsets = ResponseMapper.OffsetsFor(result.Text, request.OffsetUnit);
            _referenceDate = ResponseMapper.ReferenceDate(result);
            var annotations = result.Annotations;
            _sizes = ArrayPool<AnnotationSizes>.Shared.Rent(annotations.Count);

            var size = StringSize(request.Document.Id) + Int32Size((int)request.OffsetUnit) + StringSize(AnnotationEngine.SchemaVersion)
                + StringSize(_referenceDate) + BoolSize(request.ReferenceDateDefaulted);
            for (var i = 0; i < annotations.Count; i++)
            {
                _sizes[i] = Measure(annotations[i]);
                size += MessageSize(_sizes[i].Size);
            }

            Size = size;
        }

        public int Size { get; }

        public void WriteTo(ref ProtobufOutput output)
        {
            var (request, result) = (_answer.Request, _answer.Result);
            output.String(DocumentIdTag, request.Document.Id);
            var annotations = result.Annotations;
            for (var i = 0; i < annotations.Count; i++)
            {
                Write(ref output, annotations[i], _sizes[i]);
            }

            output.Int32(OffsetUnitTag, (int)request.OffsetUnit);
            output.String(SchemaVersionTag, AnnotationEngine.SchemaVersion);
            output.String(ReferenceDateTag, _referenceDate);
            output.Bool(ReferenceDateDefaultedTag, request.ReferenceDateDefaulted);
        }

        public void Dispose()
        {
            if (_sizes is not null)
            {
                ArrayPool<AnnotationSizes>.Shared.Return(_sizes);
            }
        }

        private AnnotationSizes Measure(EngineAnnotation annotation)
        {
            var kind = ResponseMapper.Kind(annotation);
            var textBytes = Encoding.UTF8.GetByteCount(ResponseMapper.Covered(_answer.Result.Text, annotation));
            var detail = DetailSize(annotation);
            var size = StringSize(annotation.Id) + Int32Size((int)kind) + SpanSize(annotation.Span) + BytesSize(textBytes)
                + FloatSize(annotation.Confidence) + StringSize(annotation.Rule) + MessageSize(detail);
            return new AnnotationSizes(size, textBytes, detail, kind);
        }

        private int DetailSize(EngineAnnotation annotation)
        {
            switch (annotation)
            {
                case QuoteAnnotation quote:
                    return Int32Size((int)ResponseMapper.Map(quote.Style)) + StringSize(ResponseMapper.LinkId(quote.Attribution));
                case AttributionAnnotation attribution:
                    var size = SpanSize(attribution.Span) + SpanSize(attribution.Cue) + StringSize(attribution.Speaker) + Int32Size((int)ResponseMapper.Map(attribution.SourceType));
                    foreach (var quote in attribution.Quotes)
                    {
                        size += ItemSize(quote.Id);
                    }

                    return size;
                case DateAnnotation date:
                    return Int32Size((int)ResponseMapper.Map(date.Type)) + StringSize(date.Value) + StringSize(date.Mod) + StringSize(ResponseMapper.LinkId(date.Anchor));
                case HedgeAnnotation hedge:
                    return Int32Size((int)ResponseMapper.Map(hedge.Category)) + StringSize(ResponseMapper.LinkId(hedge.Quote));
                default:
                    throw new UnreachableException("ResponseMapper.Kind, asked first, rejects an annotation of any other type.");
            }
        }

        private void Write(ref ProtobufOutput output, EngineAnnotation annotation, AnnotationSizes sizes)
        {
            output.Length(AnnotationsTag, sizes.Size);
            output.String(IdTag, annotation.Id);
            output.Int32(KindTag, (int)sizes.Kind);
            WriteSpan(ref output, SpanTag, annotation.Span);
            output.String(TextTag, ResponseMapper.Covered(_answer.Result.Text, annotation), sizes.TextBytes);
            output.Float(ConfidenceTag, annotation.Confidence);
            output.String(RuleTag, annotation.Rule);
            switch (annotation)
            {
                case QuoteAnnotation quote:
                    output.Length(QuoteTag, sizes.Detail);
                    output.Int32(StyleTag, (int)ResponseMapper.Map(quote.Style));
                    output.String(QuoteAttributionIdTag, ResponseMapper.LinkId(quote.Attribution));
                    break;
                case AttributionAnnotation attribution:
                    output.Length(AttributionTag, sizes.Detail);
                    WriteSpan(ref output, SourceTag, attribution.Span);
                    WriteSpan(ref output, CueTag, attribution.Cue);
                    output.String(SpeakerTag, attribution.Speaker);
                    output.Int32(SourceTypeTag, (int)ResponseMapper.Map(attribution.SourceType));
                    foreach (var quote in attribution.Quotes)
                    {
                        output.Item(QuoteIdsTag, quote.Id);
                    }

                    break;
                case DateAnnotation date:
                    output.Length(DateTag, sizes.Detail);
                    output.Int32(TypeTag, (int)ResponseMapper.Map(date.Type));
                    output.String(ValueTag, date.Value);
                    output.String(ModTag, date.Mod);
                    output.String(AnchorIdTag, ResponseMapper.LinkId(date.Anchor));
                    break;
                case HedgeAnnotation hedge:
                    output.Length(HedgeTag, sizes.Detail);
                    output.Int32(CategoryTag, (int)ResponseMapper.Map(hedge.Category));
                    output.String(HedgeQuoteIdTag, ResponseMapper.LinkId(hedge.Quote));
                    break;
            }
        }

        private int SpanSize(TextSpan span)
        {
            var (start, end) = ResponseMapper.Convert(span, _offsets, _answer.Request.OffsetUnit);
            return MessageSize(Int32Size(start) + Int32Size(end));
        }

        // ResponseMapper sets every span of an answer, so each is written, as a set message is even when all zero.
        private void WriteSpan(ref ProtobufOutput output, byte tag, TextSpan span)
        {
            var (start, end) = ResponseMapper.Convert(span, _offsets, _answer.Request.OffsetUnit);
            output.Length(tag, Int32Size(start) + Int32Size(end));
            output.Int32(StartTag, start);
            output.Int32(EndTag, end);
        }
    }

    /// <summary>An annotation's size, its text's in UTF-8 and its detail's, written before them; and its kind, asked once.</summary>
    private readonly record struct AnnotationSizes(int Size, int TextBytes, int Detail, V1.AnnotationKind Kind);
}
