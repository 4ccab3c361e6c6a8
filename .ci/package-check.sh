#!/usr/bin/env bash
# Packs AnnotationSdk.Contracts and AnnotationSdk.Client into a temporary folder, checks what the packages carry,
# then builds a separate consumer project against them (never against the repository's projects) and checks that
# the analyzers shipped inside the client package fire on misuse and stay quiet on correct code.
# Needs the .NET SDK, unzip and the machine's NuGet source (for the packages' own dependencies).
set -euo pipefail
cd "$(dirname "$0")/.."

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

work=$(mktemp -d "${TMPDIR:-/tmp}/package-check.XXXXXX")
trap 'rm -rf "$work"' EXIT
feed=$work/feed
consumer=$work/consumer

passed=0
failed=0
check() {
  local what=$1
  shift
  if "$@"; then
    passed=$((passed + 1))
    echo "  ok    $what"
  else
    failed=$((failed + 1))
    echo "  FAIL  $what"
  fi
}
# Exact-line and substring tests over a captured listing (no pipes into grep -q: with pipefail, an early exit
# of grep can fail the producer).
has_line() { grep -qxF -- "$2" <<<"$1"; }
has_text() { grep -qF -- "$2" <<<"$1"; }
lacks_regex() { ! grep -qE -- "$2" <<<"$1"; }

echo "== pack"
dotnet pack src/AnnotationSdk.Contracts -c Release -o "$feed" -warnaserror -v:m -tl:off
dotnet pack src/AnnotationSdk.Client -c Release -o "$feed" -warnaserror -v:m -tl:off

client_nupkg=$(find "$feed" -name 'AnnotationSdk.Client.*.nupkg' ! -name '*.snupkg' | head -n 1)
contracts_nupkg=$(find "$feed" -name 'AnnotationSdk.Contracts.*.nupkg' ! -name '*.snupkg' | head -n 1)
version=$(basename "$client_nupkg" .nupkg)
version=${version#AnnotationSdk.Client.}

echo "== inspect AnnotationSdk.Client $version"
files=$(unzip -Z1 "$client_nupkg")
nuspec=$(unzip -p "$client_nupkg" AnnotationSdk.Client.nuspec)
check "client: analyzer dll under analyzers/dotnet/cs" has_line "$files" analyzers/dotnet/cs/AnnotationSdk.Analyzers.dll
check "client: code-fix dll under analyzers/dotnet/cs" has_line "$files" analyzers/dotnet/cs/AnnotationSdk.Analyzers.CodeFixes.dll
check "client: library and its XML docs under lib/net10.0" has_line "$files" lib/net10.0/AnnotationSdk.Client.xml
check "client: README at the root" has_line "$files" README.md
check "client: nuspec names the README" has_text "$nuspec" '<readme>README.md</readme>'
check "client: nuspec has a licence expression" has_text "$nuspec" '<license type="expression">MIT</license>'
check "client: nuspec has SourceLink's repository commit" has_text "$nuspec" 'commit="'
check "client: depends on the Contracts package" has_text "$nuspec" "<dependency id=\"AnnotationSdk.Contracts\" version=\"$version\""
check "client: analyzer projects are not package dependencies" lacks_regex "$nuspec" 'id="AnnotationSdk\.Analyzers'
check "client: symbols package" test -f "${client_nupkg%.nupkg}.snupkg"

echo "== inspect AnnotationSdk.Contracts"
files=$(unzip -Z1 "$contracts_nupkg")
nuspec=$(unzip -p "$contracts_nupkg" AnnotationSdk.Contracts.nuspec)
check "contracts: library under lib/net10.0" has_line "$files" lib/net10.0/AnnotationSdk.Contracts.dll
check "contracts: README at the root" has_line "$files" README.md
check "contracts: nuspec has a licence expression" has_text "$nuspec" '<license type="expression">MIT</license>'
check "contracts: symbols package" test -f "${contracts_nupkg%.nupkg}.snupkg"

echo "== consumer project against the packed packages"
mkdir -p "$consumer"
cp .ci/package-consumer/*.cs "$consumer/"
# Stop MSBuild from looking for build props or central package versions in folders above the temp dir.
echo '<Project />' >"$consumer/Directory.Build.props"
echo '<Project />' >"$consumer/Directory.Build.targets"
echo '<Project />' >"$consumer/Directory.Packages.props"
cat >"$consumer/Consumer.csproj" <<EOF
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <OutputType>Exe</OutputType>
    <TargetFramework>net10.0</TargetFramework>
    <Nullable>enable</Nullable>
    <ImplicitUsings>enable</ImplicitUsings>
  </PropertyGroup>
  <ItemGroup>
    <PackageReference Include="AnnotationSdk.Client" Version="[$version]" />
  </ItemGroup>
</Project>
EOF

# The machine's enabled sources (read before the consumer's nuget.config exists) serve the dependencies; our
# packages may only come from the fresh feed.
mapfile -t registries < <(cd "$work" && dotnet nuget list source --format short | awk '$1 ~ /^E/ { print $2 }')
[ ${#registries[@]} -gt 0 ] || registries=(https://api.nuget.org/v3/index.json)
{
  echo '<?xml version="1.0" encoding="utf-8"?>'
  echo '<configuration>'
  echo '  <packageSources>'
  echo '    <clear />'
  echo "    <add key=\"packed\" value=\"$feed\" />"
  for i in "${!registries[@]}"; do echo "    <add key=\"registry$i\" value=\"${registries[$i]}\" />"; done
  echo '  </packageSources>'
  echo '  <packageSourceMapping>'
  echo '    <packageSource key="packed"><package pattern="AnnotationSdk.*" /></packageSource>'
  for i in "${!registries[@]}"; do echo "    <packageSource key=\"registry$i\"><package pattern=\"*\" /></packageSource>"; done
  echo '  </packageSourceMapping>'
  echo '</configuration>'
} >"$consumer/nuget.config"

# A package cache of its own, so an AnnotationSdk.Client of the same version cached earlier cannot stand in for this pack.
build_log=$work/consumer-build.log
build_status=0
NUGET_PACKAGES=$work/packages dotnet build "$consumer/Consumer.csproj" -c Release -v:m -tl:off -clp:NoSummary \
  >"$build_log" 2>&1 || build_status=$?
build_output=$(cat "$build_log")
check "consumer builds against the packed packages" test "$build_status" -eq 0
if [ "$build_status" -ne 0 ]; then grep -E 'error' "$build_log" | head -n 20 || true; fi
check "consumer restored AnnotationSdk.Client from the fresh pack" test -f "$work/packages/annotationsdk.client/$version/analyzers/dotnet/cs/AnnotationSdk.Analyzers.dll"
check "analyzers load without errors (no CS8032, AD0001)" lacks_regex "$build_output" 'warning (CS8032|AD0001)'

# Every "// expect ANNxxxx" marker in Misuse.cs names the diagnostic that must be reported on its line.
ids_seen=()
while IFS=: read -r line id; do
  check "$id reported on Misuse.cs line $line" grep -qE "Misuse\.cs\($line,[0-9]+\): warning $id:" "$build_log"
  ids_seen+=("$id")
done < <(grep -nE '// expect ANN[0-9]{4}' .ci/package-consumer/Misuse.cs | sed -E 's/^([0-9]+):.*(ANN[0-9]{4}).*/\1:\2/')
distinct=$(printf '%s\n' "${ids_seen[@]}" | sort -u | wc -l)
check "at least 4 different rule IDs expected ($distinct)" test "$distinct" -ge 4
check "no ANN diagnostic in CorrectUsage.cs" lacks_regex "$build_output" 'CorrectUsage\.cs\([0-9]+,[0-9]+\): (warning|error) ANN'

echo "package-check: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
