using AnnotationSdk.Engine.Model;

namespace AnnotationSdk.Engine.Tests.Dates;

public class DurationSetAndTimeTests
{
    [Theory]
    [InlineData("He was wounded within a week.", "a week", "P1W")]
    [InlineData("Prices rose over the past several months.", "the past several months", "PXM")]
    [InlineData("Prices rose over the past two months.", "the past two months", "P2M")]
    [InlineData("Sales in the first nine months rose.", "the first nine months", "P9M")]
    [InlineData("The talks lasted 18 months.", "18 months", "P18M")]
    [InlineData("The talks lasted twenty-four hours.", "twenty-four hours", "PT24H")]
    [InlineData("He signed a two-year contract.", "two-year", "P2Y")]
    [InlineData("He worked a 16-hour shift.", "16-hour", "PT16H")]
    [InlineData("The feud went on for years.", "years", "PXY")]
    [InlineData("Prices climbed in recent weeks.", "recent weeks", "PXW")]
    [InlineData("Rules take effect in the coming weeks.", "the coming weeks", "PXW")]
    [InlineData("The band toured for two decades.", "two decades", "P20Y")]
    [InlineData("The flight took 5 1/2 hours.", "5 1/2 hours", "PT5H30M")]
    [InlineData("They lived in the camp for two and a half years.", "two and a half years", "P2Y6M")]
    [InlineData("The vote took an hour and a half.", "an hour and a half", "PT1H30M")]
    [InlineData("The hearing lasted half a day.", "half a day", "PT12H")]
    [InlineData("The boy will stay for two more weeks.", "two more weeks", "P2W")]
    [InlineData("The maker lost money in the past two quarters.", "the past two quarters", "P2Q")]
    [InlineData("It turned a profit after several quarters of losses.", "several quarters", "PXQ")]
    [InlineData("Funds may have to sell bonds in the weeks ahead.", "the weeks ahead", "PXW")]
    [InlineData("The valley was ruled by outsiders for centuries.", "centuries", "PXC")]
    [InlineData("The board met in May. A few days later, the chief quit.", "A few days", "PXD")]
    [InlineData("He ended a several-year tenure as editor.", "several-year", "PXY")]
    [InlineData("The lender may extend the note for an additional year.", "an additional year", "P1Y")]
    [InlineData("The index recovered its loss in eight trading days.", "eight trading days", "P8D")]
    [InlineData("Refunds are paid within three business days.", "three business days", "P3D")]
    [InlineData("Residents must manage without water for a while.", "a while", "PXX")]
    [InlineData("Lawyers left their third day-long meeting.", "day-long", "P1D")]
    [InlineData("The minister began a week-long tour.", "week-long", "P1W")]
    [InlineData("The plant had closed several years earlier, workers said.", "several years", "PXY")]
    public void Durations(string text, string span, string value) =>
        DateAssert.Value(text, span, value, type: TemporalType.Duration);

    [Theory]
    [InlineData("The market opens every Monday.", "every Monday", "XXXX-WXX-1")]
    [InlineData("The market opens every day.", "every day", "P1D")]
    [InlineData("The market opens each year.", "each year", "P1Y")]
    [InlineData("The paper is published daily.", "daily", "P1D")]
    [InlineData("The market opens on Mondays.", "Mondays", "XXXX-WXX-1")]
    [InlineData("The strike costs $2 million a day.", "a day", "P1D")]
    [InlineData("The board meets twice a year.", "a year", "P1Y")]
    [InlineData("The firm pays its lenders every quarter.", "every quarter", "P1Q")]
    public void Sets(string text, string span, string value) =>
        DateAssert.Value(text, span, value, type: TemporalType.Set);

    [Fact]
    public void Parts_of_days()
    {
        DateAssert.Value("Shelling resumed on Friday morning.", "Friday morning", "2025-04-25TMO", type: TemporalType.Time);
        DateAssert.Value("Shelling resumed last night.", "last night", "2025-04-29TNI", type: TemporalType.Time);
        DateAssert.Value("The vote is tonight.", "tonight", "2025-04-30TNI", type: TemporalType.Time);
    }

    [Fact]
    public void A_part_of_the_day_placed_by_a_modifier_is_a_time()
    {
        DateAssert.Value("By mid afternoon, the rebels held the bridge.", "mid afternoon", "2025-04-30TAF", type: TemporalType.Time);
        DateAssert.Value("The ferry left in the early morning.", "the early morning", "2025-04-30TMO", type: TemporalType.Time);
        DateAssert.Value("Trading halted mid-afternoon yesterday.", "mid-afternoon yesterday", "2025-04-29TAF", type: TemporalType.Time);
        DateAssert.Value("On April 26 the march ended in the late evening.", "the late evening", "2025-04-26TEV", type: TemporalType.Time);
        Assert.Equal("MID", DateAssert.Single("By mid afternoon, the rebels held the bridge.", "mid afternoon").Mod);
    }

    [Theory]
    [InlineData("Nurses worked the morning shift.")]
    [InlineData("He reads the paper in the morning.")]
    [InlineData("Late-night talks broke down.")]
    public void A_part_of_the_day_on_its_own_or_as_a_modifier_is_not_a_time(string text) => DateAssert.None(text);

    [Fact]
    public void Clock_times_with_zones_and_days()
    {
        DateAssert.Value("The polls close at 8 p.m. today.", "8 p.m. today", "2025-04-30T20:00", type: TemporalType.Time);
        DateAssert.Value("The launch is at 10:30 a.m. EST Thursday, officials will say.", "10:30 a.m. EST Thursday", "2025-05-01T10:30", type: TemporalType.Time);
        DateAssert.Value("The blast came at 9:15 p.m. GMT.", "9:15 p.m. GMT", "2025-04-30T21:15", type: TemporalType.Time);
        DateAssert.Value("The talks resume at noon.", "noon", "2025-04-30T12:00", type: TemporalType.Time);
    }

    [Fact]
    public void A_clock_time_takes_the_day_mentioned_earlier_in_its_sentence()
    {
        var time = DateAssert.Single("On April 26 at 9 a.m., the gates opened.", "9 a.m.");
        Assert.Equal("2025-04-26T09:00", time.Value);
        Assert.Equal("2025-04-26", time.Anchor!.Value);
    }

    [Theory]
    [InlineData("Marchers parade through the town each July.", "each July", "XXXX-07")]
    [InlineData("The fair opens every May.", "every May", "XXXX-05")]
    public void A_month_of_every_year_is_a_set(string text, string span, string value) =>
        DateAssert.Value(text, span, value, type: TemporalType.Set);

    [Theory]
    [InlineData("Rates may fall in coming months.", "coming months", "PXM")]
    [InlineData("Prices rose over the past hour.", "the past hour", "PT1H")]
    public void Vague_and_short_spans_are_durations(string text, string span, string value) =>
        DateAssert.Value(text, span, value, type: TemporalType.Duration);

    [Fact]
    public void One_day_without_a_modal_is_a_length_of_time() =>
        DateAssert.Value("The strike lasted one day.", "one day", "P1D", type: TemporalType.Duration);
}
