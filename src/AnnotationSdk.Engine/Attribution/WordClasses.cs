namespace AnnotationSdk.Engine.Attribution;

/// <summary>The single-word attribution lexicons a word belongs to, one bit each (see <see cref="AttributionLexicons"/>).</summary>
[Flags]
internal enum WordClasses : uint
{
    None = 0,
    Anonymous = 1u << 0,
    Document = 1u << 1,
    Organisation = 1u << 2,
    Role = 1u << 3,
    Between = 1u << 4,
    Determiner = 1u << 5,
    Preposition = 1u << 6,
    Group = 1u << 7,
    NotName = 1u << 8,
    TimeWord = 1u << 9,

    /// <summary>Opens a source phrase before a title: "former", "longtime".</summary>
    Modifier = 1u << 10,

    /// <summary>A counting word that can be a subject on its own: "half", "most", "six".</summary>
    Quantity = 1u << 11,

    /// <summary>A cue participle that reports nothing after a form of "be": "a device was found".</summary>
    NotPassive = 1u << 12,

    /// <summary>A cue verb that is a noun after an article, a possessive or a number: "the show", "85 percent support".</summary>
    NounForm = 1u << 13,

    /// <summary>A lower-case -ly word that is no adverb: "family", "ally", "assembly".</summary>
    NotAdverb = 1u << 14,

    /// <summary>A noun of polling: "In a CNN poll, …".</summary>
    Poll = 1u << 15,

    /// <summary>Makes the participle after it an adjective: "more detailed", "least informed".</summary>
    Comparative = 1u << 16,

    /// <summary>A verb that names something: no cue of its own in "what he called …".</summary>
    NamingVerb = 1u << 17,

    /// <summary>A verb of appearance: "the party seemed to", any subject.</summary>
    Appearance = 1u << 18,

    /// <summary>A key of <see cref="AttributionLexicons.Pronouns"/>.</summary>
    Pronoun = 1u << 19,

    /// <summary>A key of <see cref="AttributionLexicons.Possessives"/>.</summary>
    Possessive = 1u << 20,

    /// <summary>Opens an adverbial clause before a participle: "while chanting", "by telling".</summary>
    AdverbialOpener = 1u << 21,

    /// <summary>May open a clause before a count of people: "and half said", "but most said".</summary>
    ClauseOpener = 1u << 22,

    /// <summary>Qualifies or joins a count: "more than", "at least", "six in 10".</summary>
    CountQualifier = 1u << 23,

    /// <summary>Names the office after a role's "of": "Secretary of State", "Chief of Staff".</summary>
    Office = 1u << 24,

    /// <summary>A party label before a person's name: "Republican Donald Trump".</summary>
    Party = 1u << 25,

    /// <summary>An adjective that ties a source to what it knows before a preposition: "people familiar with", "officials close to".</summary>
    SourceAdjective = 1u << 26,

    /// <summary>Opens an adverbial clause at the head of a sentence: "As voting began, …", "When asked, …".</summary>
    Subordinator = 1u << 27,

    /// <summary>Opens the setting of a cue after it: "said in a statement", "wrote on Twitter".</summary>
    SettingPreposition = 1u << 28,

    /// <summary>An auxiliary or modal verb: "had been", "will be".</summary>
    Auxiliary = 1u << 29,

    /// <summary>An "-ing" word that names an event or a place, not a participle: "a town hall meeting in Columbus".</summary>
    IngNoun = 1u << 30,
}
