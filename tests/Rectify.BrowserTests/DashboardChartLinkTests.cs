using Microsoft.Playwright;

namespace Rectify.BrowserTests;

/// <summary>The dashboard's charts lead to the ledger like their tables: a unit's bar opens the ledger filtered to that unit.</summary>
[Collection(SiteCollection.Name)]
public class DashboardChartLinkTests(DemoSite site)
{
    [Fact]
    public async Task Clicking_a_units_bar_opens_the_ledger_filtered_to_that_unit()
    {
        var office = await site.SignInAsync("office-fgw");
        await office.GotoAsync(site.BaseUrl + "/Dashboard");
        var chart = office.Locator("[data-chart=completion]");
        await Assertions.Expect(chart.Locator("canvas")).ToBeVisibleAsync();
        var box = (await chart.BoundingBoxAsync())!;
        // The middle of the first unit's stacked bar, from the chart's own coordinate system.
        var point = await chart.EvaluateAsync<double[]>(@"el => {
            const chart = echarts.getInstanceByDom(el);
            const data = JSON.parse(document.getElementById('dashboard-data').textContent);
            const unit = data.units.filter(u => u.unitId !== null)[0];
            const bottom = chart.convertToPixel({ seriesIndex: 0 }, [0, 0]);
            const top = chart.convertToPixel({ seriesIndex: 1 }, [0, unit.measures]);
            return [bottom[0], (bottom[1] + top[1]) / 2];
        }");
        var unitId = await office.EvaluateAsync<string>("() => JSON.parse(document.getElementById('dashboard-data').textContent).units.filter(u => u.unitId !== null)[0].unitId");

        await office.Mouse.ClickAsync((float)(box.X + point[0]), (float)(box.Y + point[1]));

        await office.WaitForURLAsync(u => u.Contains("/Rounds/Ledger") && u.Contains("unitId=" + unitId));
        await Assertions.Expect(office.Locator("[data-testid=ledger-row]").First).ToBeVisibleAsync();
        await DemoSite.ShotAsync(office, "99-dashboard-chart-to-ledger");
    }
}
