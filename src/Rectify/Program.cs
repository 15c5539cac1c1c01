using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Identity;
using Rectify.Features.Rounds;
using Rectify.Platform;
using Rectify.Platform.Data;
using Rectify.Platform.Security;
using Scalar.AspNetCore;

var builder = WebApplication.CreateBuilder(args);

// Options, database (SQLite or PostgreSQL), identity, calendar, evidence store, errors.
builder.AddPlatform();
// The rectification ledger: rounds, sections, problems, measures, progress and close-out.
builder.Services.AddRounds();
// Server-rendered pages; one folder per feature is also the page root.
builder.Services.AddRazorPages(o => o.RootDirectory = "/Features");
// Other systems integrate over /api/v1, described at /openapi/v1.json.
builder.Services.AddOpenApi();
builder.Services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Converters.Add(new JsonStringEnumConverter()));
builder.Services.AddValidation();

var app = builder.Build();
// Migrations on start (unless turned off); demo accounts and seed rounds in demo mode.
await app.Services.PrepareDatabaseAsync();
app.UsePlatform();

// API clients use bearer tokens only, so the API needs no antiforgery token.
var api = app.MapGroup("/api/v1").DisableAntiforgery()
    .RequireAuthorization(p => p.AddAuthenticationSchemes(IdentityConstants.BearerScheme).RequireAuthenticatedUser());
api.MapAccountApi();
api.MapRounds();

app.MapOpenApi();
app.MapScalarApiReference("/api");
app.MapRazorPages();
await app.RunAsync();

public partial class Program;
