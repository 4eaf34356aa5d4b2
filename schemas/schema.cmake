# Where the build finds the official OASIS Akoma Ntoso 3.0 schema. The schema is not ours and
# is never copied into the project (schemas/README.md); this file only looks it up and sets
# TEXT2AKN_SCHEMA, the path src/ builds in as the converter's default.
set(TEXT2AKN_SCHEMA "" CACHE FILEPATH "Path to akomantoso30.xsd (default: ../shared/schemas/akn30)")
if(NOT TEXT2AKN_SCHEMA AND DEFINED ENV{TEXT2AKN_SCHEMA})
  set(TEXT2AKN_SCHEMA "$ENV{TEXT2AKN_SCHEMA}")
endif()
if(NOT TEXT2AKN_SCHEMA)
  get_filename_component(_shared "${CMAKE_SOURCE_DIR}/../shared/schemas/akn30/akomantoso30.xsd" ABSOLUTE)
  if(EXISTS "${_shared}")
    set(TEXT2AKN_SCHEMA "${_shared}")
  endif()
endif()
# The OASIS Standard release of 29 August 2018, byte for byte; another file (a draft with the
# WD17 namespace, a locally edited copy) still builds, with a warning, since validation against
# it would not be validation against the standard.
set(TEXT2AKN_SCHEMA_SHA256 "6f61fe84cbb6f8cb0e8418cd67b74a63da9990e6573b5a3491f623184f45c4fd")
if(TEXT2AKN_SCHEMA AND EXISTS "${TEXT2AKN_SCHEMA}")
  file(SHA256 "${TEXT2AKN_SCHEMA}" _sha256)
  if(_sha256 STREQUAL TEXT2AKN_SCHEMA_SHA256)
    message(STATUS "Akoma Ntoso schema: ${TEXT2AKN_SCHEMA} (OASIS Standard)")
  else()
    message(WARNING "${TEXT2AKN_SCHEMA} is not the OASIS Standard akomantoso30.xsd (sha256 ${_sha256}, "
                    "expected ${TEXT2AKN_SCHEMA_SHA256}); outputs are validated against it all the same")
  endif()
elseif(TEXT2AKN_SCHEMA)
  message(WARNING "TEXT2AKN_SCHEMA=${TEXT2AKN_SCHEMA}: no such file")
else()
  message(WARNING "akomantoso30.xsd not found: pass -DTEXT2AKN_SCHEMA=PATH or set TEXT2AKN_SCHEMA "
                  "(get it from https://docs.oasis-open.org/legaldocml/akn-core/v1.0/os/part2-specs/schemas/akomantoso30.xsd)")
endif()
