// @generated from AWS::MPA::IdentitySource (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::MPA::IdentitySource` and its property types.

/// Resource Type definition for AWS::MPA::IdentitySource.
///
/// CloudFormation type `AWS::MPA::IdentitySource`.
#[derive(Debug, Clone, PartialEq)]
pub struct IdentitySource {
    props: ::forma_core::schema::Props,
}
impl IdentitySource {
    /// A new resource with its required properties: `IdentitySourceParameters`.
    #[track_caller]
    pub fn new(
        identity_source_parameters: impl ::std::convert::Into<::forma_core::Value<IdentitySourceParameters>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, identity_source_parameters.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// `Tags`.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for IdentitySource {
    type Attributes = IdentitySourceAttributes;
    fn type_name(&self) -> &str {
        "AWS::MPA::IdentitySource"
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
/// The attributes of a `AWS::MPA::IdentitySource` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct IdentitySourceAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for IdentitySourceAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl IdentitySourceAttributes {
    /// `Fn::GetAtt` `IdentitySourceArn`.
    pub fn identity_source_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "IdentitySourceArn")
    }
    /// `Fn::GetAtt` `IdentitySourceType`.
    pub fn identity_source_type(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "IdentitySourceType")
    }
    /// `Fn::GetAtt` `IdentitySourceParameters.IamIdentityCenter.ApprovalPortalUrl`.
    pub fn identity_source_parameters_iam_identity_center_approval_portal_url(
        &self,
    ) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "IdentitySourceParameters.IamIdentityCenter.ApprovalPortalUrl")
    }
    /// `Fn::GetAtt` `CreationTime`.
    pub fn creation_time(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "CreationTime")
    }
    /// `Fn::GetAtt` `Status`.
    pub fn status(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Status")
    }
    /// `Fn::GetAtt` `StatusCode`.
    pub fn status_code(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "StatusCode")
    }
    /// `Fn::GetAtt` `StatusMessage`.
    pub fn status_message(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "StatusMessage")
    }
}

/// The `IdentitySourceParameters` property type of `AWS::MPA::IdentitySource`.
#[derive(Debug, Clone, PartialEq)]
pub struct IdentitySourceParameters {
    props: ::forma_core::schema::Props,
}
impl IdentitySourceParameters {
    /// A new value with its required properties: `IamIdentityCenter`.
    pub fn new(iam_identity_center: impl ::std::convert::Into<::forma_core::Value<IamIdentityCenter>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, iam_identity_center.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<IdentitySourceParameters> for ::forma_core::Value<IdentitySourceParameters> {
    fn from(v: IdentitySourceParameters) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(IDENTITY_SOURCE_PARAMETERS_TYPE.properties))
    }
}

/// The `Tag` property type of `AWS::MPA::IdentitySource`.
#[derive(Debug, Clone, PartialEq)]
pub struct Tag {
    props: ::forma_core::schema::Props,
}
impl Tag {
    /// A new value with its required properties: `Key`, `Value`.
    pub fn new(
        key: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, key.into().into_expr());
        props.set(1, value.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<Tag> for ::forma_core::Value<Tag> {
    fn from(v: Tag) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(TAG_TYPE.properties))
    }
}

/// The `IamIdentityCenter` property type of `AWS::MPA::IdentitySource`.
#[derive(Debug, Clone, PartialEq)]
pub struct IamIdentityCenter {
    props: ::forma_core::schema::Props,
}
impl IamIdentityCenter {
    /// A new value with its required properties: `InstanceArn`, `Region`.
    pub fn new(
        instance_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        region: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, instance_arn.into().into_expr());
        props.set(2, region.into().into_expr());
        Self { props }
    }
    /// `ApprovalPortalUrl`.
    pub fn approval_portal_url(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<IamIdentityCenter> for ::forma_core::Value<IamIdentityCenter> {
    fn from(v: IamIdentityCenter) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(IAM_IDENTITY_CENTER_TYPE.properties))
    }
}

/// The schema of `AWS::MPA::IdentitySource`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::MPA::IdentitySource",
    properties: &[
        ::forma_core::schema::Property {
            name: "IdentitySourceParameters",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::Object(&IDENTITY_SOURCE_PARAMETERS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Tags",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&TAG_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
    ],
    rules: &[],
    attributes: &[
        "IdentitySourceArn",
        "IdentitySourceType",
        "IdentitySourceParameters.IamIdentityCenter.ApprovalPortalUrl",
        "CreationTime",
        "Status",
        "StatusCode",
        "StatusMessage",
    ],
};

static IDENTITY_SOURCE_PARAMETERS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::MPA::IdentitySource.IdentitySourceParameters",
    properties: &[::forma_core::schema::Property {
        name: "IamIdentityCenter",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::Object(&IAM_IDENTITY_CENTER_TYPE),
    }],
    rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::MPA::IdentitySource.Tag",
    properties: &[
        ::forma_core::schema::Property {
            name: "Key",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Value",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static IAM_IDENTITY_CENTER_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::MPA::IdentitySource.IamIdentityCenter",
    properties: &[
        ::forma_core::schema::Property {
            name: "ApprovalPortalUrl",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "InstanceArn",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^arn:.+:sso:::instance/(?:sso)?ins-[a-zA-Z0-9-.]{16}$"),
                min_length: Some(20),
                max_length: Some(2048),
            }),
        },
        ::forma_core::schema::Property {
            name: "Region",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: None,
                max_length: Some(1000),
            }),
        },
    ],
    rules: &[],
};
