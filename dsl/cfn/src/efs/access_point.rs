// @generated from AWS::EFS::AccessPoint (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::EFS::AccessPoint` and its property types.

/// The `AWS::EFS::AccessPoint` resource creates an EFS access point.
///
/// CloudFormation type `AWS::EFS::AccessPoint`.
#[derive(Debug, Clone, PartialEq)]
pub struct AccessPoint {
    props: ::forma_core::schema::Props,
}
impl AccessPoint {
    /// A new resource with its required properties: `FileSystemId`.
    #[track_caller]
    pub fn new(file_system_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(2, file_system_id.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// An array of key-value pairs to apply to this resource.
    #[track_caller]
    pub fn access_point_tags(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<AccessPointTag>>>,
    ) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The opaque string specified in the request to ensure idempotent creation.
    ///
    /// Allowed: length 1 to 64.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn client_token(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The full POSIX identity, including the user ID, group ID, and secondary group IDs on the access point that is used for all file operations by NFS clients using the access point.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn posix_user(mut self, value: impl ::std::convert::Into<::forma_core::Value<PosixUser>>) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The directory on the EFS file system that the access point exposes as the root directory to NFS clients using the access point.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn root_directory(mut self, value: impl ::std::convert::Into<::forma_core::Value<RootDirectory>>) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for AccessPoint {
    type Attributes = AccessPointAttributes;
    fn type_name(&self) -> &str {
        "AWS::EFS::AccessPoint"
    }
    fn into_properties(self) -> ::forma_core::schema::Object {
        self.props.into_object(SPEC.properties)
    }
    fn into_parts(self) -> (::forma_core::schema::Object, ::forma_core::schema::SetAt) {
        self.props.into_parts(SPEC.properties)
    }
    fn schema(&self) -> ::std::option::Option<&'static ::forma_core::schema::ResourceType> {
        Some(&SPEC)
    }
}
/// The attributes of a `AWS::EFS::AccessPoint` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct AccessPointAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for AccessPointAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl AccessPointAttributes {
    /// `Fn::GetAtt` `AccessPointId`.
    pub fn access_point_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "AccessPointId")
    }
    /// `Fn::GetAtt` `Arn`.
    pub fn arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Arn")
    }
}

/// A tag is a key-value pair attached to a file system.
#[derive(Debug, Clone, PartialEq)]
pub struct AccessPointTag {
    props: ::forma_core::schema::Props,
}
impl AccessPointTag {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The tag key (String).
    ///
    /// Allowed: length 1 to 128.
    pub fn key(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The value of the tag key.
    ///
    /// Allowed: length 1 to 256.
    pub fn value(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for AccessPointTag {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<AccessPointTag> for ::forma_core::Value<AccessPointTag> {
    fn from(v: AccessPointTag) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ACCESS_POINT_TAG_TYPE.properties))
    }
}

/// The full POSIX identity, including the user ID, group ID, and any secondary group IDs, on the access point that is used for all file system operations performed by NFS clients using the access point.
#[derive(Debug, Clone, PartialEq)]
pub struct PosixUser {
    props: ::forma_core::schema::Props,
}
impl PosixUser {
    /// A new value with its required properties: `Gid`, `Uid`.
    pub fn new(
        gid: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        uid: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, gid.into().into_expr());
        props.set(2, uid.into().into_expr());
        Self { props }
    }
    /// Secondary POSIX group IDs used for all file system operations using this access point.
    pub fn secondary_gids(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<PosixUser> for ::forma_core::Value<PosixUser> {
    fn from(v: PosixUser) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(POSIX_USER_TYPE.properties))
    }
}

/// Specifies the directory on the Amazon EFS file system that the access point provides access to.
#[derive(Debug, Clone, PartialEq)]
pub struct RootDirectory {
    props: ::forma_core::schema::Props,
}
impl RootDirectory {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// (Optional) Specifies the POSIX IDs and permissions to apply to the access point's `RootDirectory`.
    pub fn creation_info(mut self, value: impl ::std::convert::Into<::forma_core::Value<CreationInfo>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// Specifies the path on the EFS file system to expose as the root directory to NFS clients using the access point to access the EFS file system.
    ///
    /// Allowed: length 1 to 100.
    pub fn path(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for RootDirectory {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<RootDirectory> for ::forma_core::Value<RootDirectory> {
    fn from(v: RootDirectory) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ROOT_DIRECTORY_TYPE.properties))
    }
}

/// Required if the `RootDirectory` > `Path` specified does not exist.
#[derive(Debug, Clone, PartialEq)]
pub struct CreationInfo {
    props: ::forma_core::schema::Props,
}
impl CreationInfo {
    /// A new value with its required properties: `OwnerGid`, `OwnerUid`, `Permissions`.
    pub fn new(
        owner_gid: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        owner_uid: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        permissions: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, owner_gid.into().into_expr());
        props.set(1, owner_uid.into().into_expr());
        props.set(2, permissions.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<CreationInfo> for ::forma_core::Value<CreationInfo> {
    fn from(v: CreationInfo) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CREATION_INFO_TYPE.properties))
    }
}

/// The schema of `AWS::EFS::AccessPoint`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::EFS::AccessPoint",
    properties: &[
        ::forma_core::schema::Property {
            name: "AccessPointTags",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&ACCESS_POINT_TAG_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "ClientToken",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^.+$"),
                min_length: Some(1),
                max_length: Some(64),
            }),
        },
        ::forma_core::schema::Property {
            name: "FileSystemId",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some(
                    "^(arn:aws[-a-z]*:elasticfilesystem:[0-9a-z-:]+:file-system/fs-[0-9a-f]{8,40}|fs-[0-9a-f]{8,40})$",
                ),
                min_length: Some(0),
                max_length: Some(128),
            }),
        },
        ::forma_core::schema::Property {
            name: "PosixUser",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Object(&POSIX_USER_TYPE),
        },
        ::forma_core::schema::Property {
            name: "RootDirectory",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Object(&ROOT_DIRECTORY_TYPE),
        },
    ],
    rules: &[],
    attributes: &["AccessPointId", "Arn"],
};

static ACCESS_POINT_TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::EFS::AccessPoint.AccessPointTag",
    properties: &[
        ::forma_core::schema::Property {
            name: "Key",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(128),
            }),
        },
        ::forma_core::schema::Property {
            name: "Value",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(256),
            }),
        },
    ],
    rules: &[],
};

static POSIX_USER_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::EFS::AccessPoint.PosixUser",
    properties: &[
        ::forma_core::schema::Property {
            name: "Gid",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "SecondaryGids",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(16) },
            ),
        },
        ::forma_core::schema::Property {
            name: "Uid",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static ROOT_DIRECTORY_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::EFS::AccessPoint.RootDirectory",
    properties: &[
        ::forma_core::schema::Property {
            name: "CreationInfo",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&CREATION_INFO_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Path",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^(\\/|(\\/(?!\\.)+[^$#<>;`|&?{}^*/\\n]+){1,4})$"),
                min_length: Some(1),
                max_length: Some(100),
            }),
        },
    ],
    rules: &[],
};

static CREATION_INFO_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::EFS::AccessPoint.CreationInfo",
    properties: &[
        ::forma_core::schema::Property {
            name: "OwnerGid",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "OwnerUid",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Permissions",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[0-7]{3,4}$"),
                min_length: None,
                max_length: None,
            }),
        },
    ],
    rules: &[],
};
