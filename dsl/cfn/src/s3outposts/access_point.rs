// @generated from AWS::S3Outposts::AccessPoint (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::S3Outposts::AccessPoint` and its property types.

/// Resource Type Definition for AWS::S3Outposts::AccessPoint
///
/// CloudFormation type `AWS::S3Outposts::AccessPoint`.
#[derive(Debug, Clone, PartialEq)]
pub struct AccessPoint {
    props: ::forma_core::schema::Props,
}
impl AccessPoint {
    /// A new resource with its required properties: `Bucket`, `Name`, `VpcConfiguration`.
    #[track_caller]
    pub fn new(
        bucket: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        vpc_configuration: impl ::std::convert::Into<::forma_core::Value<VpcConfiguration>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, bucket.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(1, name.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(3, vpc_configuration.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// `Policy`.
    #[track_caller]
    pub fn policy(mut self, value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for AccessPoint {
    type Attributes = AccessPointAttributes;
    fn type_name(&self) -> &str {
        "AWS::S3Outposts::AccessPoint"
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
/// The attributes of a `AWS::S3Outposts::AccessPoint` (`Fn::GetAtt`), on the handle `add` returns.
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
    /// `Fn::GetAtt` `Arn`.
    pub fn arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Arn")
    }
}

/// The `VpcConfiguration` property type of `AWS::S3Outposts::AccessPoint`.
#[derive(Debug, Clone, PartialEq)]
pub struct VpcConfiguration {
    props: ::forma_core::schema::Props,
}
impl VpcConfiguration {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Virtual Private Cloud (VPC) Id from which AccessPoint will allow requests.
    ///
    /// Allowed: length 1 to 1024.
    pub fn vpc_id(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for VpcConfiguration {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<VpcConfiguration> for ::forma_core::Value<VpcConfiguration> {
    fn from(v: VpcConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(VPC_CONFIGURATION_TYPE.properties))
    }
}

/// The schema of `AWS::S3Outposts::AccessPoint`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::S3Outposts::AccessPoint",
    properties: &[
        ::forma_core::schema::Property {
            name: "Bucket",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^arn:[^:]+:s3-outposts:[a-zA-Z0-9\\-]+:\\d{12}:outpost\\/[^:]+\\/bucket\\/[^:]+$"),
                min_length: Some(20),
                max_length: Some(2048),
            }),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-z0-9]([a-z0-9\\\\-]*[a-z0-9])?$"),
                min_length: Some(3),
                max_length: Some(50),
            }),
        },
        ::forma_core::schema::Property {
            name: "Policy",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Json,
        },
        ::forma_core::schema::Property {
            name: "VpcConfiguration",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::Object(&VPC_CONFIGURATION_TYPE),
        },
    ],
    rules: &[],
    attributes: &["Arn"],
};

static VPC_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::S3Outposts::AccessPoint.VpcConfiguration",
    properties: &[::forma_core::schema::Property {
        name: "VpcId",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
            pattern: None,
            min_length: Some(1),
            max_length: Some(1024),
        }),
    }],
    rules: &[],
};
