// @generated from AWS::Connect::ViewVersion (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::Connect::ViewVersion` and its property types.

/// Resource Type definition for AWS::Connect::ViewVersion
///
/// CloudFormation type `AWS::Connect::ViewVersion`.
#[derive(Debug, Clone, PartialEq)]
pub struct ViewVersion {
    props: ::forma_core::schema::Props,
}
impl ViewVersion {
    /// A new resource with its required properties: `ViewArn`.
    #[track_caller]
    pub fn new(view_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(1, view_arn.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// The description for the view version.
    ///
    /// Allowed: length 1 to 4096.
    #[track_caller]
    pub fn version_description(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The view content hash to be checked.
    ///
    /// Allowed: length 1 to 64.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn view_content_sha256(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for ViewVersion {
    type Attributes = ViewVersionAttributes;
    fn type_name(&self) -> &str {
        "AWS::Connect::ViewVersion"
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
/// The attributes of a `AWS::Connect::ViewVersion` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct ViewVersionAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for ViewVersionAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl ViewVersionAttributes {
    /// `Fn::GetAtt` `ViewVersionArn`.
    pub fn view_version_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "ViewVersionArn")
    }
    /// `Fn::GetAtt` `Version`.
    pub fn version(&self) -> ::forma_core::Value<i64> {
        ::forma_core::schema::get_att(&self.node, "Version")
    }
}

/// The schema of `AWS::Connect::ViewVersion`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::Connect::ViewVersion",
    properties: &[
        ::forma_core::schema::Property {
            name: "VersionDescription",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^([\\p{L}\\p{N}_.:\\/=+\\-@,()']+[\\p{L}\\p{Z}\\p{N}_.:\\/=+\\-@,()']*)$"),
                min_length: Some(1),
                max_length: Some(4096),
            }),
        },
        ::forma_core::schema::Property {
            name: "ViewArn",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some(
                    "^arn:aws[-a-z0-9]*:connect:[-a-z0-9]*:[0-9]{12}:instance/[-a-zA-Z0-9]*/view/[-:a-zA-Z0-9]*$",
                ),
                min_length: Some(1),
                max_length: Some(255),
            }),
        },
        ::forma_core::schema::Property {
            name: "ViewContentSha256",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z0-9]{64}$"),
                min_length: Some(1),
                max_length: Some(64),
            }),
        },
    ],
    rules: &[],
    attributes: &["ViewVersionArn", "Version"],
};
