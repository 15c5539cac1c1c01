using Rectify.Features.Rounds;
using Rectify.Platform.Organization;

namespace Rectify.Features.Demo.Generator;

/// <summary>
/// A province's unit tree: the province, its cities, their counties and departments, and their sections (科室).
/// Rounds inspect cities and departments; their measures go to the units below them.
/// </summary>
internal sealed class ProvinceTree
{
    private ProvinceTree(Unit root, List<Unit> cities, List<Unit> departments, List<Unit> sections)
    {
        Root = root;
        Cities = cities;
        Departments = departments;
        Sections = sections;
        All = [root, .. cities, .. departments, .. sections];
        var inspected = cities.Concat(departments).ToList();
        Below = inspected.ToDictionary(u => u.Id, u => (IReadOnlyList<Unit>)All.Where(x => x.Id != u.Id && x.Path.StartsWith(u.Path)).ToList());
    }

    public Unit Root { get; }
    public IReadOnlyList<Unit> Cities { get; }
    public IReadOnlyList<Unit> Departments { get; }
    public IReadOnlyList<Unit> Sections { get; }
    public IReadOnlyList<Unit> All { get; }
    /// <summary>For each city and department, the units under it.</summary>
    public IReadOnlyDictionary<Guid, IReadOnlyList<Unit>> Below { get; }

    public static ProvinceTree Build(int total, Random random)
    {
        var cityCount = Math.Clamp(total / 100, 2, ProvinceTexts.Cities.Length);
        var departmentCount = Math.Max(cityCount * 2, Math.Min(120, total * 6 / 100));
        var sectionCount = Math.Max(cityCount, total - 1 - cityCount - departmentCount);
        var order = 0;
        var root = new Unit("中共示范省委巡视工作领导小组办公室", "省整改办", null, ++order);
        var cities = ProvinceTexts.Cities.Take(cityCount).Select(c => new Unit(c, c, root, ++order)).ToList();
        var departments = new List<Unit>();
        var perCity = Spread.Split(departmentCount, cityCount, random);
        for (var c = 0; c < cityCount; c++)
        {
            for (var d = 0; d < perCity[c]; d++)
            {
                var shortName = d % 3 == 2 ? ProvinceTexts.Counties[d % ProvinceTexts.Counties.Length] : "市" + ProvinceTexts.Bureaus[d % ProvinceTexts.Bureaus.Length];
                departments.Add(new Unit(cities[c].Name + shortName.TrimStart('市'), shortName, cities[c], ++order));
            }
        }
        var sections = new List<Unit>();
        var perDepartment = Spread.Split(sectionCount, departments.Count, random);
        for (var d = 0; d < departments.Count; d++)
        {
            for (var s = 0; s < perDepartment[d]; s++)
            {
                var name = ProvinceTexts.Offices[s % ProvinceTexts.Offices.Length] + (s >= ProvinceTexts.Offices.Length ? Numbering.Chinese(s / ProvinceTexts.Offices.Length + 1) : "");
                sections.Add(new Unit(departments[d].Name + name, name, departments[d], ++order));
            }
        }
        return new ProvinceTree(root, cities, departments, sections);
    }
}
