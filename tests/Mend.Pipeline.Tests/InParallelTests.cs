namespace Mend.Pipeline.Tests;

public class InParallelTests
{
    [Fact]
    public void ResultsKeepTheOrderOfTheItems()
    {
        // Given items whose work takes longer the earlier they come, so that they finish out of order
        var items = Enumerable.Range(0, 40).ToList();

        // When each is mapped in parallel
        var results = InParallel.Map(items, i =>
        {
            Thread.Sleep(40 - i);
            return i * 10;
        });

        // Then the results are in the items' order
        Assert.Equal(items.Select(i => i * 10), results);
    }

    [Fact]
    public void TheFirstFailureInListOrderIsTheOneReported()
    {
        // Given items 5 and 30 failing, 30 sooner than 5
        var items = Enumerable.Range(0, 40).ToList();

        // When they are mapped
        var thrown = Assert.Throws<InvalidOperationException>(() => InParallel.Map(items, i =>
        {
            if (i == 5)
            {
                Thread.Sleep(50);
            }
            return i is 5 or 30 ? throw new InvalidOperationException($"item {i}") : i;
        }));

        // Then the error is item 5's, as a sequential run would report, not wrapped in an AggregateException
        Assert.Equal("item 5", thrown.Message);
    }

    [Fact]
    public void MapsAnEmptyListAndASingleItem()
    {
        Assert.Empty(InParallel.Map(Array.Empty<int>(), i => i));
        Assert.Equal([2], InParallel.Map([1], i => i * 2));
    }
}
