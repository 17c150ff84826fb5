// @generated from AWS::WellArchitected::Profile (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::WellArchitected::Profile` and its property types.

/// Definition of AWS::WellArchitected::Profile Resource Type
///
/// CloudFormation type `AWS::WellArchitected::Profile`.
#[derive(Debug, Clone, PartialEq)]
pub struct Profile {
    props: ::forma_core::schema::Props,
}
impl Profile {
    /// A new resource with its required properties: `ProfileDescription`, `ProfileName`, `ProfileQuestions`.
    #[track_caller]
    pub fn new(
        profile_description: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        profile_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        profile_questions: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<ProfileQuestionUpdate>>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, profile_description.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(1, profile_name.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(2, profile_questions.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// The tags assigned to the profile.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for Profile {
    type Attributes = ProfileAttributes;
    fn type_name(&self) -> &str {
        "AWS::WellArchitected::Profile"
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
/// The attributes of a `AWS::WellArchitected::Profile` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct ProfileAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for ProfileAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl ProfileAttributes {
    /// `Fn::GetAtt` `ProfileArn`.
    pub fn profile_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "ProfileArn")
    }
    /// `Fn::GetAtt` `ProfileVersion`.
    pub fn profile_version(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "ProfileVersion")
    }
    /// `Fn::GetAtt` `Owner`.
    pub fn owner(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Owner")
    }
    /// `Fn::GetAtt` `CreatedAt`.
    pub fn created_at(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "CreatedAt")
    }
    /// `Fn::GetAtt` `UpdatedAt`.
    pub fn updated_at(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "UpdatedAt")
    }
}

/// An update to a profile question.
#[derive(Debug, Clone, PartialEq)]
pub struct ProfileQuestionUpdate {
    props: ::forma_core::schema::Props,
}
impl ProfileQuestionUpdate {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The ID of the question.
    ///
    /// Allowed: length 1 to 128.
    pub fn question_id(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The selected choices.
    pub fn selected_choice_ids(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for ProfileQuestionUpdate {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<ProfileQuestionUpdate> for ::forma_core::Value<ProfileQuestionUpdate> {
    fn from(v: ProfileQuestionUpdate) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(PROFILE_QUESTION_UPDATE_TYPE.properties))
    }
}

/// A key-value pair to associate with a resource.
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

/// The schema of `AWS::WellArchitected::Profile`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::WellArchitected::Profile",
    properties: &[
        ::forma_core::schema::Property {
            name: "ProfileDescription",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(3),
                max_length: Some(100),
            }),
        },
        ::forma_core::schema::Property {
            name: "ProfileName",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(3),
                max_length: Some(100),
            }),
        },
        ::forma_core::schema::Property {
            name: "ProfileQuestions",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&PROFILE_QUESTION_UPDATE_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "Tags",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&TAG_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: Some(50) },
            ),
        },
    ],
    rules: &[],
    attributes: &["ProfileArn", "ProfileVersion", "Owner", "CreatedAt", "UpdatedAt"],
};

static PROFILE_QUESTION_UPDATE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::WellArchitected::Profile.ProfileQuestionUpdate",
    properties: &[
        ::forma_core::schema::Property {
            name: "QuestionId",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(128),
            }),
        },
        ::forma_core::schema::Property {
            name: "SelectedChoiceIds",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: None,
                    min_length: Some(1),
                    max_length: Some(64),
                }),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
    ],
    rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::WellArchitected::Profile.Tag",
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
