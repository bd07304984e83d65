using ProbationCase.Domain.Interventions;

namespace ProbationCase.Domain.Tests.Interventions;

public class InterventionTests
{
    [Fact]
    public void Create_NoSessions_Refused()
    {
        Assert.Throws<DomainException>(() => Intervention.Create("Horizon", InterventionType.AccreditedProgramme, 0, "CRC", "Leeds", false, true));
    }

    [Fact]
    public void MarkUnavailable_Available_NotAvailableNow()
    {
        var intervention = Intervention.Create("Building Better Relationships", InterventionType.AccreditedProgramme, 24, "CRC", "Huddersfield", false, true);

        intervention.MarkUnavailable();

        Assert.False(intervention.IsAvailableNow);
    }
}
