# CPack settings: which packages this platform makes and what goes into their metadata. Included by
# installer/CMakeLists.txt, which sets the SPF_* names used here.

set(CPACK_PACKAGE_NAME ${SPF_PACKAGE_NAME})
set(CPACK_PACKAGE_VENDOR "SPF Manager developers")
set(CPACK_PACKAGE_CONTACT ${SPF_CONTACT})
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_HOMEPAGE_URL ${PROJECT_HOMEPAGE_URL})
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "manage and verify the SPF records of a mail server and its domains")
set(CPACK_PACKAGE_DESCRIPTION
    "SPF Manager is for mail administrators who run one mail server for many
domains: the primary domain carries the real SPF policy and the dependent
domains include it. It keeps that set-up in a project file, generates and
exports every TXT record it needs, lints them, checks them against DNS and
evaluates RFC 7208 check_host() exactly.

This package holds the desktop application (spfmanager) and the
command-line tool (spfmanager-cli).")
set(CPACK_PACKAGE_INSTALL_DIRECTORY "SPF Manager")
set(CPACK_PACKAGE_EXECUTABLES spfmanager "SPF Manager")
set(CPACK_PACKAGE_CHECKSUM SHA256)
set(CPACK_STRIP_FILES ON)
set(CPACK_VERBATIM_VARIABLES ON)
# Checks that need the tools of the machine that runs cpack, not of the one that configured.
set(CPACK_PROJECT_CONFIG_FILE ${CMAKE_CURRENT_SOURCE_DIR}/CPackProjectConfig.cmake)

if(WIN32)
    # Not built here: see installer/README.md.
    set(CPACK_GENERATOR NSIS ZIP)
    set(CPACK_NSIS_DISPLAY_NAME "SPF Manager ${PROJECT_VERSION}")
    set(CPACK_NSIS_PACKAGE_NAME "SPF Manager")
    set(CPACK_NSIS_INSTALLED_ICON_NAME bin/spfmanager.exe)
    set(CPACK_NSIS_URL_INFO_ABOUT ${PROJECT_HOMEPAGE_URL})
    set(CPACK_NSIS_CONTACT ${SPF_CONTACT})
    set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
    # The CLI is meant to be typed: offer to put bin/ on the PATH.
    set(CPACK_NSIS_MODIFY_PATH ON)
    set(CPACK_NSIS_EXECUTABLES_DIRECTORY bin)
elseif(APPLE)
    # Not built here: see installer/README.md.
    set(CPACK_GENERATOR DragNDrop)
    set(CPACK_DMG_VOLUME_NAME "SPF Manager")
    set(CPACK_DMG_FORMAT UDZO)
else()
    set(CPACK_GENERATOR DEB TGZ)
    find_program(SPF_RPMBUILD rpmbuild)
    if(SPF_RPMBUILD)
        list(APPEND CPACK_GENERATOR RPM)
    else()
        message(STATUS "rpmbuild not found: cpack makes no .rpm")
    endif()
    set(CPACK_SOURCE_GENERATOR TGZ)
    set(CPACK_SOURCE_IGNORE_FILES "/\\.git/" "/\\.git$" "/build/" "/out/" "\\.user$")
endif()

# Debian: dependencies computed from the binaries by dpkg-shlibdeps, not hand-written.
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# Qt's own texts (standard buttons, file dialogs) in the user's language: data, so shlibdeps cannot find it.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS qt6-translations-l10n)
set(CPACK_DEBIAN_PACKAGE_SECTION net)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)

# RPM: requirements computed by rpmbuild; directories owned by the filesystem or other packages are left out.
set(CPACK_RPM_FILE_NAME RPM-DEFAULT)
set(CPACK_RPM_PACKAGE_LICENSE ${SPF_LICENSE})
set(CPACK_RPM_PACKAGE_GROUP "Applications/Internet")
set(CPACK_RPM_PACKAGE_URL ${PROJECT_HOMEPAGE_URL})
# No /usr/lib/.build-id links: they belong to debuginfo packages, which we do not make.
set(CPACK_RPM_SPEC_MORE_DEFINE "%define _build_id_links none")
set(CPACK_RPM_EXCLUDE_FROM_AUTO_FILELIST_ADDITION
    /usr/share/applications /usr/share/metainfo /usr/share/mime /usr/share/mime/packages
    /usr/share/bash-completion /usr/share/bash-completion/completions
    /usr/share/man /usr/share/man/man1 /usr/share/icons /usr/share/icons/hicolor)
foreach(size IN ITEMS 16 22 24 32 48 64 128 256 512)
    list(APPEND CPACK_RPM_EXCLUDE_FROM_AUTO_FILELIST_ADDITION
        /usr/share/icons/hicolor/${size}x${size} /usr/share/icons/hicolor/${size}x${size}/apps)
endforeach()
list(APPEND CPACK_RPM_EXCLUDE_FROM_AUTO_FILELIST_ADDITION /usr/share/icons/hicolor/scalable
    /usr/share/icons/hicolor/scalable/apps /usr/share/icons/hicolor/scalable/mimetypes)

include(CPack)
