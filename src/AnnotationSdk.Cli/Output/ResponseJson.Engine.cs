using AnnotationSdk.Engine;
using AnnotationSdk.Engine.Model;
using AnnotationSdk.Engine.Pipeline;
using AnnotationSdk.Server.Documents;
using AnnotationSdk.V1;

namespace AnnotationSdk.Cli.Output;

/// <summary>
/// The embedded engine's answer written straight from its result: the same bytes as
/// <c>Format(ResponseMapper.Map(request, result))</c> without building the contract's messages first (an object per
/// annotation, span and detail and a copy of each annotation's text, which with their writing-out cost about a
/// fifth of `annotate --jsonl`'s CPU). Every value comes from ResponseMapper and every member's place and omission
/// from the layout shared with <see cref="Format(AnnotateResponse)"/>; <c>EngineResponseJsonTests</c> holds the two equal.
/// </summary>
internal static partial class ResponseJson
{
    public static Utf8Buffer Format(ValidatedRequest request, AnnotationResult result)
    {
        var text = result.Text;
        var unit = request.OffsetUnit;
        var offsets = ResponseMapper.OffsetsFor(text, unit);
        var annotations = result.Annotations;
        var output = Buffer(annotations.Count);
        var json = new Writer(output);
        OpenResponse(ref json, request.Document.Id, annotations.Count);
        for (var i = 0; i < annotations.Count; i++)
        {
            json.Item();
            Write(ref json, annotations[i], text, offsets, unit);
        }

        CloseResponse(ref json, annotations.Count, unit, AnnotationEngine.SchemaVersion, ResponseMapper.ReferenceDate(result), request.ReferenceDateDefaulted);
        return output;
    }

    private static void Write(ref Writer json, EngineAnnotation annotation, string text, OffsetMap? offsets, OffsetUnit unit)
    {
        OpenAnnotation(ref json, annotation.Id, ResponseMapper.Kind(annotation));
        Write(ref json, "span"u8, annotation.Span, offsets, unit);
        Covered(ref json, ResponseMapper.Covered(text, annotation), annotation.Confidence, annotation.Rule);
        switch (annotation)
        {
            case QuoteAnnotation quote:
                Quote(ref json, ResponseMapper.Map(quote.Style), ResponseMapper.LinkId(quote.Attribution));
                break;
            case AttributionAnnotation attribution:
                OpenAttribution(ref json);
                Write(ref json, "source"u8, attribution.Span, offsets, unit);
                Write(ref json, "cue"u8, attribution.Cue, offsets, unit);
                var quotes = attribution.Quotes;
                AttributionSpeaker(ref json, attribution.Speaker, ResponseMapper.Map(attribution.SourceType), quotes.Count);
                for (var i = 0; i < quotes.Count; i++)
                {
                    json.Item();
                    json.Quoted(quotes[i].Id);
                }

                CloseAttribution(ref json, quotes.Count);
                break;
            case DateAnnotation date:
                Date(ref json, ResponseMapper.Map(date.Type), date.Value, date.Mod, ResponseMapper.LinkId(date.Anchor));
                break;
            case HedgeAnnotation hedge:
                Hedge(ref json, ResponseMapper.Map(hedge.Category), ResponseMapper.LinkId(hedge.Quote));
                break;
        }

        json.Close('}');
    }

    // ResponseMapper sets every span of an answer, so each is written, as a set message is even when all zero.
    private static void Write(ref Writer json, ReadOnlySpan<byte> name, Engine.Text.TextSpan span, OffsetMap? offsets, OffsetUnit unit)
    {
        var (start, end) = ResponseMapper.Convert(span, offsets, unit);
        Span(ref json, name, start, end);
    }
}
