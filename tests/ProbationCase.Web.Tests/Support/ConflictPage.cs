using System.Net;

namespace ProbationCase.Web.Tests.Support;

/// <summary>What every lost race looks like (the write path's one answer): a 409, one message, a link back to the record.</summary>
public static class ConflictPage
{
    public static async Task AssertConflictAsync(this HttpResponseMessage response, string freshRecordUrl)
    {
        ArgumentNullException.ThrowIfNull(response);
        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        var page = await response.ReadDocumentAsync();
        Assert.Equal("Someone else changed this record", page.QuerySelector("h1")!.TextContent.Trim());
        Assert.StartsWith("Someone else changed this record while you were working on it", page.QuerySelector("#conflict-message")!.TextContent.Trim(), StringComparison.Ordinal);
        Assert.Equal(freshRecordUrl, page.QuerySelector("#fresh-record")!.GetAttribute("href"));
    }
}
