namespace Zhicheng.Domain.Tests;

public class SmokeTests
{
    [Fact]
    public void Runs() => (1 + 1).ShouldBe(2);
}
