@echo off
rem The crochet CLI from an unpacked distribution (crochet-<version>.zip), from any folder.
setlocal
set "CROCHET_HOME=%~dp0.."
if defined JAVA_HOME (set "JAVA=%JAVA_HOME%\bin\java") else (set "JAVA=java")
if not defined CROCHET_JAVA_OPTS set "CROCHET_JAVA_OPTS=-XX:TieredStopAtLevel=1"
"%JAVA%" %CROCHET_JAVA_OPTS% -cp "%CROCHET_HOME%\lib\*" dev.crochet.cli.CrochetCli %*
exit /b %ERRORLEVEL%
