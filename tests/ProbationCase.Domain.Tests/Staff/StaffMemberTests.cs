using ProbationCase.Domain.Staff;

namespace ProbationCase.Domain.Tests.Staff;

public class StaffMemberTests
{
    [Fact]
    public void Create_SeniorProbationOfficer_IsSpo()
    {
        var spo = StaffMember.Create("Sam Senior", OfficerGrade.SeniorProbationOfficer, null);

        Assert.True(spo.IsSeniorProbationOfficer);
    }

    [Fact]
    public void Create_NoName_Refused()
    {
        Assert.Throws<DomainException>(() => StaffMember.Create(" ", OfficerGrade.ProbationServicesOfficer, null));
    }

    [Fact]
    public void Create_Id_IsVersion7Guid()
    {
        var officer = StaffMember.Create("Pat Officer", OfficerGrade.ProbationOfficer, null);

        Assert.Equal(7, officer.Id.Version);
    }
}
