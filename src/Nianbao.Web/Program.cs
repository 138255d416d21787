// The web app on its own (`dotnet run --project src/Nianbao.Web`); `nianbao serve` starts the same app (WebApp.Create).
var app = Nianbao.Web.WebApp.Create(args);
app.Run();
