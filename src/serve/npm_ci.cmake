# Installs web/'s pinned npm packages when node_modules is missing or older than the lock file.
#   cmake -DWEB=<web dir> -DNPM=<npm> -P npm_ci.cmake
set(marker ${WEB}/node_modules/.package-lock.json)
if(NOT EXISTS ${marker} OR ${WEB}/package-lock.json IS_NEWER_THAN ${marker})
  execute_process(COMMAND ${NPM} ci --no-audit --no-fund --loglevel=error
                  WORKING_DIRECTORY ${WEB} RESULT_VARIABLE rc)
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "npm ci in ${WEB} failed (${rc}); run scripts/setup.sh")
  endif()
endif()
