# spf_test_timeout(<var> <seconds>): the time a test may take in this build. Sanitized builds (Debug, shadow memory, a
# leak check at every exit) run the tests several times slower: they get proportionally more time, not a skip list.
function(spf_test_timeout var seconds)
    if(SPF_SANITIZE)
        math(EXPR seconds "${seconds} * 3")
    endif()
    set(${var} ${seconds} PARENT_SCOPE)
endfunction()

# spf_add_qtest(<name> SOURCES <files...> [LIBS <targets...>] [LABELS <labels...>] [TIMEOUT <s>] [ENV <VAR=value...>])
# One QtTest executable per unit, registered with ctest under its own name.
function(spf_add_qtest name)
    cmake_parse_arguments(ARG "" "TIMEOUT" "SOURCES;LIBS;LABELS;ENV" ${ARGN})
    add_executable(${name} ${ARG_SOURCES})
    target_link_libraries(${name} PRIVATE Qt6::Test spf_testconfig ${ARG_LIBS})
    add_test(NAME ${name} COMMAND ${name})
    if(NOT ARG_TIMEOUT)
        set(ARG_TIMEOUT 120)
    endif()
    spf_test_timeout(ARG_TIMEOUT ${ARG_TIMEOUT})
    set_tests_properties(${name} PROPERTIES
        TIMEOUT ${ARG_TIMEOUT}
        LABELS "${ARG_LABELS}"
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen;${ARG_ENV}")
endfunction()

# Every tst_<unit>.cpp in the calling directory becomes its own test executable linked against LIBS.
function(spf_add_qtests_in_dir)
    cmake_parse_arguments(ARG "" "" "LIBS;LABELS" ${ARGN})
    file(GLOB tests CONFIGURE_DEPENDS ${CMAKE_CURRENT_SOURCE_DIR}/tst_*.cpp)
    foreach(src IN LISTS tests)
        get_filename_component(base ${src} NAME_WE)
        spf_add_qtest(${base} SOURCES ${src} LIBS ${ARG_LIBS} LABELS ${ARG_LABELS})
    endforeach()
endfunction()
