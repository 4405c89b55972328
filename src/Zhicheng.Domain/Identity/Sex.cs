namespace Zhicheng.Domain.Identity;

/// <summary>性别, as GB 11643 encodes it in the 17th digit.</summary>
public enum Sex
{
    Male = 1,
    Female = 2,
}
