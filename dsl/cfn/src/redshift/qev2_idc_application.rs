// @generated from AWS::Redshift::QEV2IdcApplication (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::Redshift::QEV2IdcApplication` and its property types.

/// Creates an Amazon Redshift Query Editor (QEV2) IAM Identity Center application.
///
/// CloudFormation type `AWS::Redshift::QEV2IdcApplication`.
#[derive(Debug, Clone, PartialEq)]
pub struct Qev2IdcApplication {
    props: ::forma_core::schema::Props,
}
impl Qev2IdcApplication {
    /// A new resource with its required properties: `IdcDisplayName`, `IdcInstanceArn`, `Qev2IdcApplicationName`.
    #[track_caller]
    pub fn new(
        idc_display_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        idc_instance_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        qev2_idc_application_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, idc_display_name.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(1, idc_instance_arn.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(2, qev2_idc_application_name.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// A list of tags associated with the application.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for Qev2IdcApplication {
    type Attributes = Qev2IdcApplicationAttributes;
    fn type_name(&self) -> &str {
        "AWS::Redshift::QEV2IdcApplication"
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
/// The attributes of a `AWS::Redshift::QEV2IdcApplication` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct Qev2IdcApplicationAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for Qev2IdcApplicationAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl Qev2IdcApplicationAttributes {
    /// `Fn::GetAtt` `Qev2IdcApplicationArn`.
    pub fn qev2_idc_application_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Qev2IdcApplicationArn")
    }
    /// `Fn::GetAtt` `IdcManagedApplicationArn`.
    pub fn idc_managed_application_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "IdcManagedApplicationArn")
    }
    /// `Fn::GetAtt` `IdcOnboardStatus`.
    pub fn idc_onboard_status(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "IdcOnboardStatus")
    }
}

/// A tag consisting of a name/value pair for a resource.
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

/// The schema of `AWS::Redshift::QEV2IdcApplication`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::Redshift::QEV2IdcApplication",
    properties: &[
        ::forma_core::schema::Property {
            name: "IdcDisplayName",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[\\w+=,.@-]+$"),
                min_length: Some(1),
                max_length: Some(127),
            }),
        },
        ::forma_core::schema::Property {
            name: "IdcInstanceArn",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(0),
                max_length: Some(2147483647),
            }),
        },
        ::forma_core::schema::Property {
            name: "Qev2IdcApplicationName",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-z][a-z0-9]*(-[a-z0-9]+)*$"),
                min_length: Some(1),
                max_length: Some(63),
            }),
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
    attributes: &["Qev2IdcApplicationArn", "IdcManagedApplicationArn", "IdcOnboardStatus"],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Redshift::QEV2IdcApplication.Tag",
    properties: &[
        ::forma_core::schema::Property {
            name: "Key",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(128),
            }),
        },
        ::forma_core::schema::Property {
            name: "Value",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(0),
                max_length: Some(256),
            }),
        },
    ],
    rules: &[],
};
