# Read by cpack once per generator, on the machine that packages. Without dpkg-shlibdeps CPack would quietly make
# a .deb with no Depends at all: refuse instead.
if(CPACK_GENERATOR STREQUAL "DEB")
    find_program(SPF_DPKG_SHLIBDEPS dpkg-shlibdeps)
    find_program(SPF_FILE file)
    if(NOT SPF_DPKG_SHLIBDEPS OR NOT SPF_FILE)
        message(FATAL_ERROR "Making the .deb needs dpkg-shlibdeps and file to compute its dependencies: "
                            "install the Debian packages dpkg-dev and file")
    endif()
endif()
