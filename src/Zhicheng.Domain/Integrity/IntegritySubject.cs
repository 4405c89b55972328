namespace Zhicheng.Domain.Integrity;

/// <summary>Whose conduct an integrity record is about (N2024-4.4).</summary>
public enum IntegritySubject
{
    /// <summary>申报人.</summary>
    Applicant = 1,
    /// <summary>评审专家.</summary>
    Expert = 2,
    /// <summary>评审工作人员.</summary>
    Staff = 3,
}

public static class IntegrityLabels
{
    public static string Subject(IntegritySubject subject) => subject switch
    {
        IntegritySubject.Applicant => "申报人",
        IntegritySubject.Expert => "评审专家",
        _ => "评审工作人员",
    };
}
