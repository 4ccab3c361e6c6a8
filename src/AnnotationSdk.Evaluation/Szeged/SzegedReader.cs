using System.Text;
using System.Xml;
using AnnotationSdk.Engine.Text;

namespace AnnotationSdk.Evaluation.Szeged;

/// <summary>
/// Reads the Szeged uncertainty XML (Document › DocumentPart › Sentence with inline &lt;ccue type="…"&gt;) into
/// documents of running text: sentences of a part joined by a space, parts by a blank line, as an article reads.
/// </summary>
public static class SzegedReader
{
    public static IEnumerable<SzegedDocument> Read(TextReader input)
    {
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore, XmlResolver = null, IgnoreWhitespace = false };
        using var xml = XmlReader.Create(input, settings);
        DocumentBuilder? document = null;
        while (xml.Read())
        {
            switch (xml.NodeType)
            {
                case XmlNodeType.Element when xml.Name == "Document":
                    document = new DocumentBuilder();
                    break;
                case XmlNodeType.Element when xml.Name == "DocID" && document is not null:
                    document.Id = xml.ReadElementContentAsString().Trim();
                    break;
                case XmlNodeType.Element when xml.Name == "DocumentPart":
                    document?.StartPart();
                    break;
                case XmlNodeType.Element when xml.Name == "Sentence":
                    document?.StartSentence();
                    if (xml.IsEmptyElement)
                    {
                        document?.EndSentence();
                    }

                    break;
                case XmlNodeType.Element when xml.Name == "ccue" && document is not null:
                    document.StartCue(xml.GetAttribute("type") ?? string.Empty);
                    if (xml.IsEmptyElement)
                    {
                        document.EndCue();
                    }

                    break;
                case XmlNodeType.Text or XmlNodeType.Whitespace or XmlNodeType.SignificantWhitespace or XmlNodeType.CDATA:
                    document?.Append(xml.Value);
                    break;
                case XmlNodeType.EndElement when xml.Name == "ccue":
                    document?.EndCue();
                    break;
                case XmlNodeType.EndElement when xml.Name == "Sentence":
                    document?.EndSentence();
                    break;
                case XmlNodeType.EndElement when xml.Name == "Document" && document is not null:
                    yield return document.Build();
                    document = null;
                    break;
            }
        }
    }

    /// <summary>Doxastic and modal cues are gold; condition and investigation cues are neutral; anything else is not a cue.</summary>
    public static CueRole? RoleOf(string type)
    {
        if (type.Contains("doxastic", StringComparison.Ordinal) || type.Contains("modal_probable", StringComparison.Ordinal) || type.Contains("modal_possible", StringComparison.Ordinal))
        {
            return CueRole.Gold;
        }

        return type.Contains("condition", StringComparison.Ordinal) || type.Contains("investigation", StringComparison.Ordinal) ? CueRole.Neutral : null;
    }

    private sealed class DocumentBuilder
    {
        private readonly StringBuilder _text = new();
        private readonly List<TextSpan> _sentences = [];
        private readonly List<SzegedCue> _cues = [];
        private readonly Stack<(int Start, string Type)> _openCues = new();
        private int _sentenceStart = -1;
        private bool _partHasSentence;

        public string Id { get; set; } = string.Empty;

        public void StartPart()
        {
            if (_text.Length > 0)
            {
                _text.Append("\n\n");
            }

            _partHasSentence = false;
        }

        public void StartSentence()
        {
            if (_partHasSentence)
            {
                _text.Append(' ');
            }

            _partHasSentence = true;
            _sentenceStart = _text.Length;
        }

        public void Append(string value)
        {
            // Text outside sentences (between parts) is layout, not content.
            if (_sentenceStart >= 0)
            {
                _text.Append(value);
            }
        }

        public void StartCue(string type) => _openCues.Push((_text.Length, type));

        public void EndCue()
        {
            if (_openCues.TryPop(out var open) && RoleOf(open.Type) is { } role && _text.Length > open.Start)
            {
                _cues.Add(new SzegedCue(new TextSpan(open.Start, _text.Length), open.Type, role));
            }
        }

        public void EndSentence()
        {
            if (_sentenceStart >= 0 && _text.Length > _sentenceStart)
            {
                _sentences.Add(new TextSpan(_sentenceStart, _text.Length));
            }

            _sentenceStart = -1;
        }

        public SzegedDocument Build()
        {
            _cues.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
            return new SzegedDocument(Id, _text.ToString(), _sentences, _cues);
        }
    }
}
