namespace ProbationCase.Web.Spo;

public sealed record ChartBar(string Label, decimal Value);

/// <summary>A server-rendered accessible SVG bar chart; the page always shows the same data as a table too.</summary>
public sealed record BarChart(string Id, string Title, string Description, IReadOnlyList<ChartBar> Bars, decimal? Reference = null);
