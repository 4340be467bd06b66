# Runs `cofund-gui --screenshot` the way a user without a display does: no
# DISPLAY, WAYLAND_DISPLAY or QT_QPA_PLATFORM. Then either
#   EXPECT_SIZE=WxH     exit 0 and a PNG of exactly that size (read from its header), or
#   EXPECT_ERROR=TEXT   a non-zero exit, TEXT on stderr and no image written.
# Arguments: GUI (the executable), OUT (the PNG), ARGS (the rest, separated by
# "|"), SOURCE_DIR (the working directory, for relative plan paths).
string(REPLACE "|" ";" ARGS "${ARGS}")
unset(ENV{DISPLAY})
unset(ENV{WAYLAND_DISPLAY})
unset(ENV{QT_QPA_PLATFORM})
file(REMOVE "${OUT}")
execute_process(COMMAND "${GUI}" --screenshot "${OUT}" ${ARGS}
                WORKING_DIRECTORY "${SOURCE_DIR}"
                OUTPUT_VARIABLE out ERROR_VARIABLE err RESULT_VARIABLE status)
message("cofund-gui --screenshot ${OUT} ${ARGS}\nexit: ${status}\nstdout: ${out}\nstderr: ${err}")

if(DEFINED EXPECT_ERROR)
  if(status STREQUAL "0")
    message(FATAL_ERROR "expected a non-zero exit")
  endif()
  string(FIND "${err}" "${EXPECT_ERROR}" at)
  if(at EQUAL -1)
    message(FATAL_ERROR "stderr does not say: ${EXPECT_ERROR}")
  endif()
  if(EXISTS "${OUT}")
    message(FATAL_ERROR "an image was written although the options were refused")
  endif()
  return()
endif()

if(NOT status STREQUAL "0")
  message(FATAL_ERROR "expected exit 0")
endif()
if(NOT EXISTS "${OUT}")
  message(FATAL_ERROR "no image written")
endif()
# A PNG starts with an 8-byte signature, then the IHDR chunk: its length and
# type (8 bytes), then width and height as big-endian 32-bit integers (bytes 16–23).
file(READ "${OUT}" signature LIMIT 8 HEX)
if(NOT signature STREQUAL "89504e470d0a1a0a")
  message(FATAL_ERROR "not a PNG file (starts with ${signature})")
endif()
file(READ "${OUT}" w_hex OFFSET 16 LIMIT 4 HEX)
file(READ "${OUT}" h_hex OFFSET 20 LIMIT 4 HEX)
math(EXPR w "0x${w_hex}")
math(EXPR h "0x${h_hex}")
if(NOT "${w}x${h}" STREQUAL "${EXPECT_SIZE}")
  message(FATAL_ERROR "the image is ${w}x${h}, expected ${EXPECT_SIZE}")
endif()
