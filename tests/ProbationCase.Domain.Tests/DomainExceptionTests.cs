using ProbationCase.Domain;

namespace ProbationCase.Domain.Tests;

public class DomainExceptionTests
{
    [Fact]
    public void Constructor_WithMessage_KeepsMessageForOfficer()
    {
        var error = new DomainException("An acceptable absence needs a rationale.");

        Assert.Equal("An acceptable absence needs a rationale.", error.Message);
    }
}
