namespace AnnotationSdk.Evaluation.Tests.Szeged;

/// <summary>Small Szeged-format XML written for these tests (our own sentences, not corpus text).</summary>
internal static class SzegedFixtures
{
    public const string TwoDocuments = """
        <?xml version="1.0" encoding="UTF-8" standalone="no"?><!DOCTYPE Annotation PUBLIC "-//Uncertainty//DTD  SCOPE ANNOTATION 1.0//EN" "Uncertainty.dtd">
        <Annotation><DocumentSet>
        <Document type="unknown"><DocID type="FILENAME">doc-a</DocID>
        <DocumentPart type="Title"><Sentence id="S1.1">Harbour plans</Sentence></DocumentPart>
        <DocumentPart type="Text"><Sentence id="S1.2">The ferry <ccue type="speculation_modal_probable_">may</ccue> stop, <ccue type="speculation_hypo_condition _">if</ccue> fuel runs out.</Sentence><Sentence id="S1.3">The port opened in 1901.</Sentence></DocumentPart>
        </Document>
        <Document type="unknown"><DocID type="FILENAME">doc-b</DocID>
        <DocumentPart type="Text"><Sentence id="S2.1">Divers are <ccue type="speculation_hypo_doxastic _">expected</ccue> to find the wreck &amp; its bell.</Sentence></DocumentPart>
        </Document>
        </DocumentSet></Annotation>
        """;

    public static string WriteTemp(string xml)
    {
        var path = Path.Combine(Path.GetTempPath(), $"szeged-fixture-{Guid.NewGuid():N}.xml");
        File.WriteAllText(path, xml);
        return path;
    }
}
