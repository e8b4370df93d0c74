# ChatOps bot image: built with the .NET SDK, run on the ASP.NET runtime as a non-root user.
#   docker build -t chatops:1.0.0 .
# Nothing secret is baked in: Slack tokens and the like come from a Kubernetes Secret at run time,
# OCI and Google credentials from workload identity (no keys at all).

ARG DOTNET_VERSION=10.0

FROM mcr.microsoft.com/dotnet/sdk:${DOTNET_VERSION} AS build
WORKDIR /src
# Restore first from the solution-level files and the project files only, so the package layer is reused
# until a project file or a package version changes.
COPY global.json ChatOps.sln Directory.Build.props Directory.Packages.props BannedSymbols.txt .editorconfig ./
COPY src/Bot/ChatOps.Bot.csproj src/Bot/
COPY src/Provisioning/ChatOps.Provisioning.csproj src/Provisioning/
COPY src/Sandbox/ChatOps.Sandbox.csproj src/Sandbox/
RUN dotnet restore src/Bot/ChatOps.Bot.csproj
# Everything .dockerignore lets through (sources, and any template or manifest files the bot ships with).
COPY . .
RUN dotnet publish src/Bot/ChatOps.Bot.csproj -c Release -o /app --no-restore -p:UseAppHost=false

FROM mcr.microsoft.com/dotnet/aspnet:${DOTNET_VERSION} AS runtime
# 1654 is the image's own unprivileged "app" user (APP_UID). Numeric, so Kubernetes can check runAsNonRoot.
ENV Storage__Path=/data/chatops.db \
    ASPNETCORE_HTTP_PORTS=8080 \
    DOTNET_EnableDiagnostics=0
WORKDIR /app
# The data directory must exist and belong to the app user before VOLUME: later changes to it would be lost.
RUN mkdir -p /data && chown 1654:1654 /data && chmod 0750 /data
# The application files stay owned by root, so the running process cannot modify its own code.
COPY --from=build /app ./
USER 1654:1654
VOLUME ["/data"]
EXPOSE 8080
# The runtime image has no curl; the bot checks its own /healthz. Kubernetes ignores this and uses its probes.
HEALTHCHECK --interval=30s --timeout=10s --start-period=30s --retries=3 \
    CMD ["dotnet", "/app/chatops.dll", "healthcheck"]
ENTRYPOINT ["dotnet", "/app/chatops.dll"]
CMD ["serve"]
