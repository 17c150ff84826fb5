// @generated from AWS::Panorama::PackageVersion (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::Panorama::PackageVersion` and its property types.

/// Registers a package version.
///
/// CloudFormation type `AWS::Panorama::PackageVersion`.
#[derive(Debug, Clone, PartialEq)]
pub struct PackageVersion {
    props: ::forma_core::schema::Props,
}
impl PackageVersion {
    /// A new resource with its required properties: `PackageId`, `PackageVersion`, `PatchVersion`.
    #[track_caller]
    pub fn new(
        package_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        package_version: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        patch_version: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(2, package_id.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(3, package_version.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(4, patch_version.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// Whether to mark the new version as the latest version.
    #[track_caller]
    pub fn mark_latest(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// An owner account.
    ///
    /// Allowed: length 1 to 12.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn owner_account(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// If the version was marked latest, the new version to maker as latest.
    ///
    /// Allowed: length 1 to 255.
    #[track_caller]
    pub fn updated_latest_patch_version(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(5, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for PackageVersion {
    type Attributes = PackageVersionAttributes;
    fn type_name(&self) -> &str {
        "AWS::Panorama::PackageVersion"
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
/// The attributes of a `AWS::Panorama::PackageVersion` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct PackageVersionAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for PackageVersionAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl PackageVersionAttributes {
    /// `Fn::GetAtt` `PackageName`.
    pub fn package_name(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "PackageName")
    }
    /// `Fn::GetAtt` `PackageArn`.
    pub fn package_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "PackageArn")
    }
    /// `Fn::GetAtt` `Status`.
    pub fn status(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Status")
    }
    /// `Fn::GetAtt` `StatusDescription`.
    pub fn status_description(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "StatusDescription")
    }
    /// `Fn::GetAtt` `IsLatestPatch`.
    pub fn is_latest_patch(&self) -> ::forma_core::Value<bool> {
        ::forma_core::schema::get_att(&self.node, "IsLatestPatch")
    }
    /// `Fn::GetAtt` `RegisteredTime`.
    pub fn registered_time(&self) -> ::forma_core::Value<i64> {
        ::forma_core::schema::get_att(&self.node, "RegisteredTime")
    }
}

/// The schema of `AWS::Panorama::PackageVersion`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::Panorama::PackageVersion",
    properties: &[
        ::forma_core::schema::Property {
            name: "MarkLatest",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "OwnerAccount",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[0-9a-z\\_]+$"),
                min_length: Some(1),
                max_length: Some(12),
            }),
        },
        ::forma_core::schema::Property {
            name: "PackageId",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z0-9\\-\\_\\/]+$"),
                min_length: Some(1),
                max_length: Some(255),
            }),
        },
        ::forma_core::schema::Property {
            name: "PackageVersion",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^([0-9]+)\\.([0-9]+)$"),
                min_length: Some(1),
                max_length: Some(255),
            }),
        },
        ::forma_core::schema::Property {
            name: "PatchVersion",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-z0-9]+$"),
                min_length: Some(1),
                max_length: Some(255),
            }),
        },
        ::forma_core::schema::Property {
            name: "UpdatedLatestPatchVersion",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-z0-9]+$"),
                min_length: Some(1),
                max_length: Some(255),
            }),
        },
    ],
    rules: &[],
    attributes: &["PackageName", "PackageArn", "Status", "StatusDescription", "IsLatestPatch", "RegisteredTime"],
};
