using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using AnnotationSdk.V1;
using Google.Protobuf;

namespace AnnotationSdk.Cli.Diff;

/// <summary>
/// The diff for machines: one JSON object, {"documents": [...], "summary": {...}, "changed": bool}. Annotations are
/// embedded in the contract's JSON mapping; documents without changes are left out. Written as it goes.
/// </summary>
internal sealed class JsonDiffWriter(TextWriter output) : IDiffWriter
{
    private bool _first = true;

    public void Write(DocumentDiff diff, ContextWords oldContext, ContextWords newContext)
    {
        if (!diff.HasChanges)
        {
            return;
        }

        output.Write(_first ? "{\"documents\":[" : ",");
        _first = false;
        output.Write(Json(writer =>
        {
            writer.WriteStartObject();
            writer.WriteString("documentId", diff.Key);
            writer.WriteString("presence", diff.Presence switch
            {
                DocumentPresence.OnlyOld => "onlyOld",
                DocumentPresence.OnlyNew => "onlyNew",
                _ => "both",
            });
            WriteAnnotations(writer, "added", diff.Added, newContext);
            WriteAnnotations(writer, "removed", diff.Removed, oldContext);
            writer.WriteStartArray("changed");
            foreach (var change in diff.Changed)
            {
                writer.WriteStartObject();
                writer.WriteString("context", newContext.Around(change.New));
                writer.WriteStartArray("fields");
                foreach (var field in change.Fields)
                {
                    writer.WriteStartObject();
                    writer.WriteString("name", field.Name);
                    writer.WriteString("old", field.Old);
                    writer.WriteString("new", field.New);
                    writer.WriteEndObject();
                }

                writer.WriteEndArray();
                writer.WritePropertyName("old");
                writer.WriteRawValue(JsonFormatter.Default.Format(change.Old));
                writer.WritePropertyName("new");
                writer.WriteRawValue(JsonFormatter.Default.Format(change.New));
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }));
    }

    public void Finish(DiffSummary summary)
    {
        output.Write(_first ? "{\"documents\":[" : string.Empty);
        output.Write("],");
        var json = Json(writer =>
        {
            writer.WriteStartObject();
            writer.WriteStartObject("summary");
            foreach (var (kind, (added, removed, changed)) in summary.PerKind)
            {
                writer.WriteStartObject(AnnotationFields.KindName(kind));
                writer.WriteNumber("added", added);
                writer.WriteNumber("removed", removed);
                writer.WriteNumber("changed", changed);
                writer.WriteEndObject();
            }

            writer.WriteNumber("documents", summary.Documents);
            writer.WriteNumber("changedDocuments", summary.ChangedDocuments);
            writer.WriteNumber("onlyOld", summary.OnlyOld);
            writer.WriteNumber("onlyNew", summary.OnlyNew);
            writer.WriteEndObject();
            writer.WriteBoolean("changed", summary.AnythingChanged);
            writer.WriteEndObject();
        });
        output.WriteLine(json[1..]);
    }

    private static void WriteAnnotations(Utf8JsonWriter writer, string name, List<Annotation> annotations, ContextWords context)
    {
        writer.WriteStartArray(name);
        foreach (var annotation in annotations)
        {
            writer.WriteStartObject();
            writer.WriteString("context", context.Around(annotation));
            writer.WritePropertyName("annotation");
            writer.WriteRawValue(JsonFormatter.Default.Format(annotation));
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    private static string Json(Action<Utf8JsonWriter> write)
    {
        var buffer = new ArrayBufferWriter<byte>();
        // Readable quotes and accents in the output; nothing here is ever embedded in HTML.
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            write(writer);
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }
}
