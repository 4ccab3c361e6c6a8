using AnnotationSdk.Engine.Model;
using AnnotationSdk.Engine.Tests.Quotes;

namespace AnnotationSdk.Engine.Tests.Attribution;

public class SpeakerResolutionTests
{
    [Fact]
    public void He_resolves_to_the_most_recent_named_person()
    {
        const string text = "The port director Tomas Berg inspected the pier on Tuesday. “The pier is safe for now,” he said.";
        var attribution = Annotated.Of(text).AttributionOf("“The pier is safe for now,”");
        Assert.Equal("Tomas Berg", attribution.Speaker);
        Assert.Equal(SourceType.Person, attribution.SourceType);
    }

    [Fact]
    public void He_after_a_new_titled_subject_is_that_person_not_the_previous_speaker()
    {
        const string text = "“We need numbers,” said Councillor Mia Lund.\n\nMayor Omar Said was less patient. “Every week counts,” he told reporters.";
        var attribution = Annotated.Of(text).AttributionOf("“Every week counts,”");
        Assert.Equal("Omar Said", attribution.Speaker);
    }

    [Fact]
    public void A_surname_resolves_to_the_full_name()
    {
        const string text = "According to economist Ilse Marquardt, prices will fall.\n\n“Rents lag behind,” Marquardt said.";
        var attribution = Annotated.Of(text).AttributionOf("“Rents lag behind,”");
        Assert.Equal("Ilse Marquardt", attribution.Speaker);
    }

    [Fact]
    public void Titles_and_roles_stay_in_the_mention_but_not_in_the_speaker()
    {
        const string text = "City Council spokesperson Aino Virtanen said the vote was “a clear mandate.”";
        var annotated = Annotated.Of(text);
        var attribution = annotated.AttributionOf("“a clear mandate.”");
        Assert.Equal("City Council spokesperson Aino Virtanen", annotated.TextOf(attribution));
        Assert.Equal("Aino Virtanen", attribution.Speaker);
        Assert.Equal(SourceType.Person, attribution.SourceType);
    }

    [Theory]
    [InlineData("“The water is safe,” said Dr. Ilona Varga, a chemist at the utility.", "“The water is safe,”", "Dr. Ilona Varga", "Ilona Varga")]
    [InlineData("Sen. Paula K. Oduya said the bill was “dead on arrival.”", "“dead on arrival.”", "Sen. Paula K. Oduya", "Paula K. Oduya")]
    public void A_title_and_its_period_stay_out_of_the_speaker_and_initials_stay_in(string text, string quoted, string mention, string speaker)
    {
        var annotated = Annotated.Of(text);
        var attribution = annotated.AttributionOf(quoted);
        Assert.Equal(mention, annotated.TextOf(attribution));
        Assert.Equal(speaker, attribution.Speaker);
    }

    [Fact]
    public void The_subject_of_a_second_verb_of_saying_keeps_its_title_and_name()
    {
        var annotated = Annotated.Of("Ms. Okafor predicted that rates would fall and praised the central bank for its steady hand.");
        var praised = Assert.Single(annotated.Result.Attributions, a => annotated.CueOf(a) == "praised");
        Assert.Equal("Ms. Okafor", annotated.TextOf(praised));
        Assert.Equal("Okafor", praised.Speaker);
    }

    [Fact]
    public void A_name_after_according_to_goes_on_past_an_initial()
    {
        var annotated = Annotated.Of("The talks stalled over water rights, according to Miriam T. Castell, a former negotiator.");
        var attribution = Assert.Single(annotated.Result.Attributions);
        Assert.Equal("Miriam T. Castell", annotated.TextOf(attribution));
        Assert.Equal("Miriam T. Castell", attribution.Speaker);
    }

    [Fact]
    public void A_name_with_an_initial_is_found_whole_by_a_later_pronoun()
    {
        const string text = "Oskar J. Brandt, the port's director, inspected the pier on Monday. “It will hold,” he said.";
        Assert.Equal("Oskar J. Brandt", Annotated.Of(text).AttributionOf("“It will hold,”").Speaker);
    }

    [Fact]
    public void A_person_named_in_an_apposition_is_found_by_a_later_pronoun()
    {
        const string text = "Pedro Alves, a historian at a university in Lisbon, largely agrees. “The archive tells another story,” he told journalists.";
        var annotated = Annotated.Of(text);
        var attribution = annotated.AttributionOf("“The archive tells another story,”");
        Assert.Equal("told journalists", annotated.CueOf(attribution));
        Assert.Equal("Pedro Alves", attribution.Speaker);
    }

    [Fact]
    public void It_resolves_to_the_organisation()
    {
        const string text = "The state news agency NTA confirmed the launch on Sunday. It said the rocket had reached “a stable orbit.”";
        var attribution = Annotated.Of(text).AttributionOf("“a stable orbit.”");
        Assert.Equal(SourceType.Organization, attribution.SourceType);
        Assert.Equal("NTA", attribution.Speaker);
    }

    [Theory]
    [InlineData("Norway said it would not sign the treaty. It called the plan “unworkable.”", "“unworkable.”", "It", "Norway")]
    [InlineData("Hanoi denied the claim and called it “pure invention.”", "“pure invention.”", "Hanoi", "Hanoi")]
    [InlineData("New Zealand said the ban was “a matter of principle.”", "“a matter of principle.”", "New Zealand", "New Zealand")]
    public void A_country_or_capital_speaking_for_its_government_is_an_organisation(string text, string quoted, string mention, string speaker)
    {
        var annotated = Annotated.Of(text);
        var attribution = annotated.AttributionOf(quoted);
        Assert.Equal(mention, annotated.TextOf(attribution));
        Assert.Equal(SourceType.Organization, attribution.SourceType);
        Assert.Equal(speaker, attribution.Speaker);
    }

    [Fact]
    public void A_person_compared_with_is_not_the_pronoun_that_follows()
    {
        const string text = "Economist Rosa Lind said the plan was “too timid.”\n\n"
            + "Omar Haddad, a banker in Tunis, agrees. Like Lind, he believes the plan is “a missed chance.”";
        var attribution = Annotated.Of(text).AttributionOf("“a missed chance.”");
        Assert.Equal("Omar Haddad", attribution.Speaker);
    }

    [Fact]
    public void A_study_by_a_named_author_is_a_document()
    {
        var annotated = Annotated.Of("According to a study by Halvorsen, rents rose faster than wages.");
        var attribution = Assert.Single(annotated.Result.Attributions);
        Assert.Equal("a study by Halvorsen", annotated.TextOf(attribution));
        Assert.Equal(SourceType.Document, attribution.SourceType);
        Assert.Equal("Halvorsen", attribution.Speaker);
    }

    [Fact]
    public void A_person_whose_surname_is_a_capital_stays_a_person()
    {
        var attribution = Annotated.Of("Coach Dana Warsaw said the team was “ready for anything.”").AttributionOf("“ready for anything.”");
        Assert.Equal(SourceType.Person, attribution.SourceType);
    }

    [Theory]
    [InlineData("Sources said the deal was “almost done.”", "“almost done.”", "Sources")]
    [InlineData("One source told the paper that the deal was “almost done.”", "“almost done.”", "One source")]
    [InlineData("Officials say the deal is “almost done.”", "“almost done.”", "Officials")]
    public void Anonymous_sources_are_marked_anonymous(string text, string quoted, string mention)
    {
        var annotated = Annotated.Of(text);
        var attribution = annotated.AttributionOf(quoted);
        Assert.Equal(mention, annotated.TextOf(attribution));
        Assert.Equal(SourceType.Anonymous, attribution.SourceType);
    }

    [Fact]
    public void A_quote_alone_in_its_paragraph_continues_the_previous_speaker()
    {
        const string text = "“We expected more rain,” said the farmer Ruth Hale.\n\n“Now we have to irrigate twice a week.”";
        var annotated = Annotated.Of(text);
        var first = annotated.AttributionOf("“We expected more rain,”");
        Assert.Same(first, annotated.AttributionOf("“Now we have to irrigate twice a week.”"));
        Assert.Equal("Ruth Hale", first.Speaker);
    }

    [Fact]
    public void Reported_words_of_the_same_speaker_belong_to_the_outer_attribution()
    {
        var annotated = Annotated.Of("The mayor said she recalls the council being “confused” at first.");
        var attribution = annotated.AttributionOf("“confused”");
        Assert.Equal("said", annotated.CueOf(attribution));
        Assert.Equal("The mayor", annotated.TextOf(attribution));
    }

    [Fact]
    public void Reported_words_after_a_cue_with_an_object_belong_to_the_outer_attribution()
    {
        var annotated = Annotated.Of("The mayor told the council on Monday that she found the plan “far too costly.”");
        var attribution = annotated.AttributionOf("“far too costly.”");
        Assert.Equal("told", annotated.CueOf(attribution));
        Assert.Equal("The mayor", annotated.TextOf(attribution));
    }

    [Fact]
    public void A_participle_after_a_sentence_that_opens_inside_a_quote_takes_the_speaker_after_the_quote()
    {
        var annotated = Annotated.Of("“The pier is old. The Town Council will not fix it,” Nora Ortiz said, calling it “a disgrace.”");
        var attribution = annotated.AttributionOf("“a disgrace.”");
        Assert.Equal("Nora Ortiz", attribution.Speaker);
    }

    [Fact]
    public void An_opening_participle_is_not_the_subject()
    {
        var annotated = Annotated.Of("Following a short meeting, the harbour board issued a notice calling the pier “unsafe for now.”");
        var attribution = annotated.AttributionOf("“unsafe for now.”");
        Assert.NotEqual("Following", annotated.TextOf(attribution));
    }

    [Fact]
    public void A_participle_after_a_quote_takes_the_speaker_outside_the_quote()
    {
        var annotated = Annotated.Of("“We can’t afford it,” Nora Ortiz said, adding later, “The budget is gone.”");
        var attribution = annotated.AttributionOf("“The budget is gone.”");
        Assert.Equal("Nora Ortiz", attribution.Speaker);
    }

    [Fact]
    public void Quotes_and_attributions_point_at_each_other()
    {
        const string text = "“The pier is safe,” the harbour master said. Sources said repairs would start soon.";
        var annotated = Annotated.Of(text);
        Assert.All(annotated.Result.Attributions, a => Assert.All(a.Quotes, q => Assert.Same(a, q.Attribution)));
        Assert.All(annotated.Result.Quotes.Where(q => q.Attribution is not null), q => Assert.Contains(q, q.Attribution!.Quotes));
    }

    [Theory]
    [InlineData("Secretary of State Ana Kovac said the talks were “going nowhere.”", "“going nowhere.”", "Ana Kovac")]
    [InlineData("Minister of Foreign Affairs Piotr K. Nowak said the border was “calm.”", "“calm.”", "Piotr K. Nowak")]
    [InlineData("Secretary of Homeland Security Kovac said the port was “secure.”", "“secure.”", "Kovac")]
    [InlineData("Secretary of the Treasury Nadia Ferreira said the deficit was “under control.”", "“under control.”", "Nadia Ferreira")]
    [InlineData("Minister for Foreign Affairs Jana Hlinka said the vote was “historic.”", "“historic.”", "Jana Hlinka")]
    [InlineData("House Speaker Lena Morrow said the bill was “ready for a vote.”", "“ready for a vote.”", "Lena Morrow")]
    [InlineData("Billionaire Oskar Brand said the deal was “a bargain.”", "“a bargain.”", "Oskar Brand")]
    [InlineData("Co-moderator Eva Stam said the debate was “over.”", "“over.”", "Eva Stam")]
    [InlineData("Republican Nadia Osei said the plan was “a start.”", "“a start.”", "Nadia Osei")]
    [InlineData("Northfield Gazette’s Tomas Varga said the story was “solid.”", "“solid.”", "Tomas Varga")]
    [InlineData("Senate Minority Whip Ola Brandt said the vote was “close.”", "“close.”", "Ola Brandt")]
    [InlineData("Dover resident Ilse Kamp said the road was “a disgrace.”", "“a disgrace.”", "Ilse Kamp")]
    [InlineData("Rep. Lena Morrow of Vermont said the bill was “ready.”", "“ready.”", "Lena Morrow")]
    public void A_role_office_party_employer_or_home_state_stays_out_of_the_speaker(string text, string quoted, string speaker)
    {
        var attribution = Annotated.Of(text).AttributionOf(quoted);
        Assert.Equal(speaker, attribution.Speaker);
        Assert.Equal(SourceType.Person, attribution.SourceType);
    }

    [Fact]
    public void The_office_holder_known_by_surname_keeps_the_full_name()
    {
        const string text = "Ana Kovac, a diplomat, arrived on Monday.\n\nSecretary of State Kovac said the talks were “going nowhere.”";
        Assert.Equal("Ana Kovac", Annotated.Of(text).AttributionOf("“going nowhere.”").Speaker);
    }

    [Theory]
    [InlineData("Even Rosa Lind said the plan was “too slow.”", "“too slow.”", "Rosa Lind")]
    [InlineData("Rosa Lind, a planner, spoke first.\n\nIs Rosa Lind right? “The plan is too slow,” Lind said.", "“The plan is too slow,”", "Rosa Lind")]
    public void A_word_that_opens_a_sentence_or_question_is_not_part_of_the_name(string text, string quoted, string speaker)
    {
        Assert.Equal(speaker, Annotated.Of(text).AttributionOf(quoted).Speaker);
    }

    [Fact]
    public void A_headline_run_does_not_replace_a_known_full_name()
    {
        const string text = "Marta Ruiz, a senator from Ohio, spoke on Monday.\n\nFive Bold Claims Marta Ruiz Made\n\n“We are ready,” Ruiz said.";
        Assert.Equal("Marta Ruiz", Annotated.Of(text).AttributionOf("“We are ready,”").Speaker);
    }

    [Fact]
    public void The_place_after_a_persons_of_is_not_the_next_pronouns_person()
    {
        const string text = "Rep. Lena Morrow of New Hampshire, a veteran lawmaker, said the bill was ready. “We will vote,” she said.";
        Assert.Equal("Lena Morrow", Annotated.Of(text).AttributionOf("“We will vote,”").Speaker);
    }

    [Theory]
    [InlineData("Ultimately, Mr. Brandt ignored the advice and refused to sign the agreement.", "Brandt")]
    [InlineData("Interestingly Kamp, a builder, said the road was fine.", "Kamp")]
    public void A_sentence_adverb_is_neither_a_source_nor_part_of_a_name(string text, string speaker)
    {
        var attributions = Annotated.Of(text).Result.Attributions.ToList();
        Assert.NotEmpty(attributions);
        Assert.All(attributions, a => Assert.Equal(speaker, a.Speaker));
    }

    [Fact]
    public void Which_after_an_organisations_name_is_that_organisation()
    {
        var annotated = Annotated.Of("Ivo Petrov, the president of the Harbor Workers of Norland, which endorsed Ms. Dahl in May, spoke first.");
        var endorsed = Assert.Single(annotated.Result.Attributions, a => annotated.CueOf(a) == "endorsed");
        Assert.Equal("Harbor Workers of Norland", endorsed.Speaker);
        Assert.Equal(SourceType.Organization, endorsed.SourceType);
    }

    [Fact]
    public void A_headline_speaker_is_the_name_the_body_gives_in_full_and_not_the_bodys_full_name()
    {
        const string text = "9 (More) Offensive Things Marta Ruiz Has Said About the Port Plan.\n\nThe port opened. Marta Ruiz, a senator, spoke on Monday.\n\n“We are ready,” Ruiz said.";
        var annotated = Annotated.Of(text);
        Assert.Equal("Marta Ruiz", annotated.AttributionOf("“We are ready,”").Speaker);
        var headline = Assert.Single(annotated.Result.Attributions, a => annotated.CueOf(a) == "Said");
        Assert.Equal("Marta Ruiz", headline.Speaker);
    }

    [Fact]
    public void A_name_after_a_headline_without_a_period_is_still_noticed()
    {
        const string text = "Five Angry Things Marta Ruiz Said About Ports\n\nSenator Marta Ruiz spoke on Monday.\n\n“We are ready,” Ruiz said.";
        Assert.Equal("Marta Ruiz", Annotated.Of(text).AttributionOf("“We are ready,”").Speaker);
    }

    [Fact]
    public void A_headline_name_after_a_relative_pronoun_is_not_taken_for_the_speaker()
    {
        const string text = "Harbor Actor Who Endorsed Marta Ruiz Just Called Ports “A Joke”\n\nMarta Ruiz, a senator, spoke on Monday. “We are ready,” Ruiz said.";
        var annotated = Annotated.Of(text);
        var called = Assert.Single(annotated.Result.Attributions, a => annotated.CueOf(a) == "Called");
        Assert.Equal("Harbor Actor Who Endorsed Marta Ruiz", annotated.TextOf(called));
        Assert.NotEqual("Marta Ruiz", called.Speaker);
    }
}
